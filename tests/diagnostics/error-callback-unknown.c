// A callback must name a function declared at file scope.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void work(int n);
void f(void) {
// CHECK: error-callback-unknown.c:[[@LINE+1]]:19: error: callback function 'done' is not declared at file scope
#pragma torc task callback(done(1))
  work(1);
}
