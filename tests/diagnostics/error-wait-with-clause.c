// wait takes no clauses.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void f(void) {
// CHECK: error-wait-with-clause.c:[[@LINE+1]]:19: error: 'wait' takes no clauses
#pragma torc wait in(x)
}
