// Only pointer parameters may appear in data clauses.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void scale(int n, double *y);
void f(double *b) {
// CHECK: error-item-not-pointer.c:[[@LINE+1]]:22: error: parameter 'n' of 'scale' is not a pointer; only pointer parameters can appear in 'in'
#pragma torc task in(n) out(y)
  scale(4, b);
}
