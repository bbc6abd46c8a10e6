// A name in a section bound must be a parameter of the task function or a
// file-scope name declared before the function that spawns; a local of the
// caller means nothing in the spawn function.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void scale(int n, const double *x, double *y);
void f(double *a, double *b) {
  int len = 4;
// CHECK: error-bound-undeclared.c:[[@LINE+1]]:26: error: 'len' in a section bound is neither a parameter of 'scale' nor declared at file scope before 'f'; its parameters are: 'n', 'x', 'y'
#pragma torc task in(x[0:len]) out(y[0:n])
  scale(len, a, b);
}
