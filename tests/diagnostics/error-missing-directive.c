// '#pragma torc' alone is an error.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

// CHECK: error-missing-directive.c:[[@LINE+1]]:1: error: expected a torc directive ('task', 'wait', 'spmd', 'parallel for' or 'broadcast')
#pragma torc
void f(void);
