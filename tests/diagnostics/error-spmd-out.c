// spmd moves data in only.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void gather(int n, double *y);
void f(double *b) {
// CHECK: error-spmd-out.c:[[@LINE+1]]:19: error: clause 'out' is not allowed on 'spmd'
#pragma torc spmd out(y[0:n])
  gather(4, b);
}
