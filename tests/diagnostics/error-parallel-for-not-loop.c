// parallel for must be followed by a for loop.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void work(int i);
void f(int n) {
#pragma torc parallel for
// CHECK: error-parallel-for-not-loop.c:[[@LINE+1]]:3: error: '#pragma torc parallel for' must be followed by a 'for' loop
  while (n-- > 0)
    work(n);
}
