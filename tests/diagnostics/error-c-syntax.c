// Ordinary C errors stop the translation too.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void f(void) {
// CHECK: error-c-syntax.c:[[@LINE+1]]:9: error: use of undeclared identifier 'undefined_thing'
  (void)undefined_thing;
}
