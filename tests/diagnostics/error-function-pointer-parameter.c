// A function pointer parameter cannot move between nodes.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void apply(void (*g)(int), int x);
void h(int x);
void f(void) {
#pragma torc task
// CHECK: error-function-pointer-parameter.c:[[@LINE+1]]:9: error: parameter 'g' of 'apply' is a function pointer, which cannot be moved between nodes unless the task is 'local'
  apply(h, 1);
}
