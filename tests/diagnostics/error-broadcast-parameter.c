// broadcast refuses a parameter, naming it.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void f(int n) {
// CHECK: error-broadcast-parameter.c:[[@LINE+1]]:24: error: 'n' is a parameter of 'f', not a global variable
#pragma torc broadcast(n)
  (void)n;
}
