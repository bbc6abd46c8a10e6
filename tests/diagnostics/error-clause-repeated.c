// A non-data clause may appear once.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void work(int n);
void f(int k) {
// CHECK: error-clause-repeated.c:[[@LINE+1]]:25: error: clause 'if' appears more than once
#pragma torc task if(k) if(k > 1)
  work(1);
}
