// The loop of a parallel for must be in canonical form.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

int work(int i);
void f(int *y, int n) {
#pragma torc parallel for
// CHECK: error-parallel-for-not-canonical.c:[[@LINE+1]]:3: error: the loop of '#pragma torc parallel for' is not in canonical form: the condition must compare the index with '<', '<=', '>' or '>=' against an expression that does not use it
  for (int i = 0; i != n; i++)
    y[i] = work(i);
}
