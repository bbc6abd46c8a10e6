// A clause that takes an expression must have one.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void work(int n);
void f(void) {
// CHECK: error-empty-clause.c:[[@LINE+1]]:19: error: clause 'node' needs an argument
#pragma torc task node()
  work(1);
}
