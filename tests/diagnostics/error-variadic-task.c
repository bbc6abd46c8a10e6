// Variadic functions cannot be tasks.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

int sum(int n, ...);
void f(int *r) {
#pragma torc task
// CHECK: error-variadic-task.c:[[@LINE+1]]:8: error: variadic function 'sum' cannot be a task
  *r = sum(2, 1, 2);
}
