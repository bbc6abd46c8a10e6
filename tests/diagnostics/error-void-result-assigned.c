// Assigning the result of a void function is an error.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void work(int n);
void f(int r) {
#pragma torc task
// CHECK: error-void-result-assigned.c:[[@LINE+1]]:5: error: assigning to 'int' from incompatible type 'void'
  r = work(1);
}
