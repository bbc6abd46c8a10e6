// A pointer result cannot move between nodes.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

double *pick(int i);
void f(double **r) {
#pragma torc task
// CHECK: error-result-pointer.c:[[@LINE+1]]:8: error: 'pick' returns 'double *', which cannot be moved between nodes unless the task is 'local'
  *r = pick(1);
}
