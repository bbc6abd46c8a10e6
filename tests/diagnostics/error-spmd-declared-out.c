// An out clause on the declaration conflicts with spmd's in-only data.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

#pragma torc task out(y[0:n])
void gather(int n, double *y);
void f(double *b) {
#pragma torc spmd
  gather(4, b);
}
// CHECK: error-spmd-declared-out.c:6:23: error: '#pragma torc spmd' only moves data in; parameter 'y' is 'out'
