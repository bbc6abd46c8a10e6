// A declaration with an initializer is not a spawnable statement.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

int work(int n);
void f(void) {
#pragma torc task
// CHECK: error-declaration-after-task.c:[[@LINE+1]]:3: error: '#pragma torc task' must be followed by a statement 'f(args);' or 'lvalue = f(args);'
  int r = work(1);
  (void)r;
}
