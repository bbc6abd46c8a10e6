// The index of a parallel for must be an integer.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void work(double x);
void f(void) {
#pragma torc parallel for
// CHECK: error-parallel-for-index-type.c:[[@LINE+1]]:15: error: the index 'x' of '#pragma torc parallel for' has type 'double'; it must be an integer
  for (double x = 0; x < 1; x += 0.25)
    work(x);
}
