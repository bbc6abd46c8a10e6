// A shared item points to const data: the task reads it in place.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

double sum(int n, double *x);
double f(double *v) {
  double s;
// CHECK: error-shared-nonconst.c:[[@LINE+2]]:37: error: parameter 'x' of 'sum' points to non-const data; a shared item is read in place, so its pointer must be to const
// CHECK: note: 'x' declared here
#pragma torc task in(x[0:n]) shared(x)
  s = sum(4, v);
#pragma torc wait
  return s;
}
