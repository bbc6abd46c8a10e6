// A callback's arguments must match its parameters.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void work(int n);
void done(int a, int b);
void f(void) {
// CHECK: error-callback-arity.c:[[@LINE+1]]:19: error: callback function 'done' takes 2 arguments, 1 given
#pragma torc task callback(done(1))
  work(1);
}
