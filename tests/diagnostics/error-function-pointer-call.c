// Calls through function pointers cannot be spawned.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void f(void (*g)(int)) {
#pragma torc task
// CHECK: error-function-pointer-call.c:[[@LINE+1]]:3: error: a call through a function pointer cannot be spawned; call a function by name
  g(1);
}
