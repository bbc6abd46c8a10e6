// A spawned call that comes from a macro cannot be rewritten.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void work(int n);
#define RUN(x) work(x)
void f(void) {
#pragma torc task
// CHECK: error-call-in-macro.c:[[@LINE+1]]:3: error: cannot rewrite this call because it comes from a macro expansion
  RUN(1);
}
