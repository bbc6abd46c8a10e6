// Data behind a const pointer cannot be out or inout.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void scale(int n, const double *y);
void f(double *b) {
// CHECK: error-const-written.c:[[@LINE+1]]:23: error: parameter 'y' of 'scale' points to const data; it cannot be 'out'
#pragma torc task out(y[0:n])
  scale(4, b);
}
