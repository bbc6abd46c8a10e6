// spmd has no 'lvalue =' form.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

int setup(int n);
void f(int *r) {
#pragma torc spmd
// CHECK: error-spmd-result-assigned.c:[[@LINE+1]]:3: error: '#pragma torc spmd' discards the result; write 'f(args);'
  *r = setup(1);
}
