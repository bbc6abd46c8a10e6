// An error in a macro argument that the macro uses twice is one error, at
// the argument, as the C compiler reports it; its notes go with it.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

#define TWICE(x) ((x) + (x))

int f(int a) { return a; }

int g(void) {
// CHECK: error-macro-argument-once.c:[[@LINE+1]]:18: error: use of undeclared identifier 'undefined_thing'
  return TWICE(f(undefined_thing));
}

int h(int n) {
// CHECK-NOT: error: use of undeclared identifier 'undefined_thing'
// CHECK: error-macro-argument-once.c:[[@LINE+1]]:22: error: use of undeclared identifier 'undefined_other'
  return n + TWICE(f(undefined_other)) + f(undefined_other);
}
// CHECK: error-macro-argument-once.c:[[@LINE-2]]:44: error: use of undeclared identifier 'undefined_other'
// CHECK-NOT: undeclared identifier
// CHECK: 3 errors generated.
