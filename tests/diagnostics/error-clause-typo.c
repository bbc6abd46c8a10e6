// A misspelt clause gets a suggestion.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void work(int n, const int *p);
void f(int *q) {
// CHECK: error-clause-typo.c:[[@LINE+1]]:19: error: unknown clause 'inn' on 'task'; did you mean 'in'?
#pragma torc task inn(p)
  work(1, q);
}
