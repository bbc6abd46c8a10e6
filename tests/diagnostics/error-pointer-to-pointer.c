// A pointer to a pointer cannot move between nodes.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void rows(const double *const *m);
void f(double **m) {
#pragma torc task
// CHECK: error-pointer-to-pointer.c:[[@LINE+1]]:8: error: parameter 'm' of 'rows' is a pointer to a pointer, which cannot be moved between nodes unless the task is 'local'
  rows((const double *const *)m);
}
