// A shared item must be in data: the task reads it in place.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void fill(int n, double *y);
void f(double *v) {
// CHECK: error-shared-out.c:[[@LINE+1]]:38: error: parameter 'y' of 'fill' is 'out' data; only 'in' data can be shared
#pragma torc task out(y[0:n]) shared(y)
  fill(4, v);
}
