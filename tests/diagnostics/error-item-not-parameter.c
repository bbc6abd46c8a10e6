// An item that names no parameter lists the parameters.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void scale(int n, const double *x, double *y);
void f(double *a, double *b) {
// CHECK: error-item-not-parameter.c:[[@LINE+1]]:34: error: 'z' is not a parameter of 'scale'; its parameters are: 'n', 'x', 'y'
#pragma torc task in(x[0:n]) out(z[0:n])
  scale(4, a, b);
}
