// A task must be followed by a call statement.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

int work(int n);
void f(int *r) {
#pragma torc task
// CHECK: error-not-a-call.c:[[@LINE+1]]:3: error: '#pragma torc task' must be followed by a statement 'f(args);' or 'lvalue = f(args);'
  *r += work(1);
}
