// The body of a parallel for must be a single task statement.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

int work(int i);
void f(int *y, int n) {
#pragma torc parallel for
// CHECK: error-parallel-for-body.c:[[@LINE+1]]:31: error: the body of '#pragma torc parallel for' must be one task statement, 'f(args);' or 'lvalue = f(args);'
  for (int i = 0; i < n; i++) {
    y[i] = work(i);
    y[i] += 1;
  }
}
