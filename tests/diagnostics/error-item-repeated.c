// The same parameter in two items is an error.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void scale(int n, double *y);
void f(double *b) {
// CHECK: error-item-repeated.c:[[@LINE+1]]:37: error: parameter 'y' appears in more than one data clause
#pragma torc task out(y[0:n]) inout(y)
  scale(4, b);
}
