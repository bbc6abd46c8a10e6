// A non-const pointer without a clause says what to write.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void scale(int n, double a, double *y);
void f(double *v) {
#pragma torc task
// CHECK: error-nonconst-pointer.c:[[@LINE+2]]:17: error: parameter 'y' of 'scale' is a non-const pointer; say how its data moves, e.g. out(y) or inout(y[0:n])
// CHECK: note: 'y' declared here
  scale(4, 2.0, v);
}
