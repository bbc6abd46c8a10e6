// A clause argument needs its closing parenthesis.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void work(int n);
void f(int k) {
// CHECK: error-missing-parenthesis.c:[[@LINE+1]]:{{[0-9]+}}: error: expected ')' after 'if'
#pragma torc task if(k > 1
  work(1);
}
