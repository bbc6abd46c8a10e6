// An unknown clause is an error that names it and the directive.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void work(int n);
void f(void) {
// CHECK: error-unknown-clause.c:[[@LINE+1]]:19: error: unknown clause 'priority' on 'task'
#pragma torc task priority(3)
  work(1);
}
