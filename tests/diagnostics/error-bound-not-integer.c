// A floating section bound is refused, in the start as in the length.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void scale(int n, double factor, const double *x, double *y);
void f(double *a, double *b) {
// CHECK: error-bound-not-integer.c:[[@LINE+2]]:24: error: the start of section 'x' has type 'double'; a section bound must be an integer
// CHECK: error-bound-not-integer.c:[[@LINE+1]]:42: error: the length of section 'y' has type 'double'; a section bound must be an integer
#pragma torc task in(x[factor:n]) out(y[:n * 0.5])
  scale(4, 2.0, a, b);
}
