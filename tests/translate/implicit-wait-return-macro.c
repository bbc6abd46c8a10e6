// A return that starts a macro expansion gets its wait before the macro;
// with braces, when the expansion also ends the return's expression and
// the semicolon follows it.
// RUN: %torcc %s -o - | grep -v "^//\|^#line" | FileCheck %s

#define FAIL return -1
#define RESULT(x) return (x)

int g(int x);

int f(int n) {
  int r;
#pragma torc task
  r = g(n);
  if (n < 0)
    FAIL;
  RESULT(r);
}

// CHECK:      if (n < 0)
// CHECK-NEXT:   { torc_abi_wait(); FAIL; }
// CHECK-NEXT: torc_abi_wait(); RESULT(r);
// CHECK-NEXT: }
