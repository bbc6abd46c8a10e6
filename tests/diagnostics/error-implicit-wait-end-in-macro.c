// The closing brace of a body that must wait for its children comes from
// a macro: the wait cannot go before it.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

#define END_BODY }

int g(int x);

void f(int *r) {
#pragma torc task
  r[0] = g(0);
// CHECK: error-implicit-wait-end-in-macro.c:[[@LINE+1]]:1: error: cannot rewrite the end of this function because it comes from a macro expansion
END_BODY
