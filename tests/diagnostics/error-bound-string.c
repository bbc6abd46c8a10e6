// A string literal is not a section bound, even where a macro such as
// __FILE__ produced it.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void scale(int n, const double *x, double *y);
void f(double *a, double *b) {
// CHECK: error-bound-string.c:[[@LINE+2]]:26: error: the length of section 'x' is a string literal; a section bound must be an integer
// CHECK: error-bound-string.c:[[@LINE+1]]:38: error: the start of section 'y' is a string literal; a section bound must be an integer
#pragma torc task in(x[0:"8"]) out(y[__FILE__:n])
  scale(8, a, b);
}
