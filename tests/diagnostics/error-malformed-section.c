// A section needs a length.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void work(int n, const int *p);
void f(int *q) {
// CHECK: error-malformed-section.c:[[@LINE+1]]:26: error: expected a length in an array section
#pragma torc task in(p[0:])
  work(1, q);
}
