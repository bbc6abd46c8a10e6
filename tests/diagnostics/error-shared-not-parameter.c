// A shared item names a parameter of the task function.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

double sum(int n, const double *x);
double f(const double *v) {
  double s;
// CHECK: error-shared-not-parameter.c:[[@LINE+1]]:26: error: 'v' is not a parameter of 'sum'; its parameters are: 'n', 'x'
#pragma torc task shared(v)
  s = sum(4, v);
#pragma torc wait
  return s;
}
