// Unbalanced brackets in a clause are an error.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void work(int n, const int *p);
void f(int *q) {
// CHECK: error-unbalanced-parentheses.c:[[@LINE+1]]:{{[0-9]+}}: error: {{unbalanced|expected}}
#pragma torc task in(p[0:(n + 1])
  work(1, q);
}
