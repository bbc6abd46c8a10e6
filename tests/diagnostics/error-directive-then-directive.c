// A directive followed by another directive is an error.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void work(int n);
void f(void) {
// CHECK: error-directive-then-directive.c:[[@LINE+1]]:1: error: '#pragma torc task' is followed by another directive instead of a statement
#pragma torc task
#pragma torc wait
  work(1);
}
