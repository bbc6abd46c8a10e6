// chunksize takes an integer expression.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void work(int i);
void f(int n) {
  double k = 2.5;
// CHECK: error-chunksize-not-integer.c:[[@LINE+1]]:37: error: chunksize(k) is not an integer expression: 'k' has type 'double'
#pragma torc parallel for chunksize(k)
  for (int i = 0; i < n; i++)
    work(i);
}
