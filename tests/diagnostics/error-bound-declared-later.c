// A bound on a declaration may use file-scope names declared before that
// declaration; one declared after it is refused, even when it is declared
// before the caller.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

// CHECK: error-bound-declared-later.c:[[@LINE+1]]:26: error: 'rows' in a section bound is neither a parameter of 'sum' nor declared at file scope before its declaration; its parameters are: 'x'
#pragma torc task in(x[0:rows])
double sum(const double *x);
int rows = 4;

double f(const double *a) {
  double r;
#pragma torc task
  r = sum(a);
#pragma torc wait
  return r;
}
