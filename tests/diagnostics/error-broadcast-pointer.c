// A pointer-typed global cannot be broadcast: its value is an address.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

double *data;
void f(void) {
// CHECK: error-broadcast-pointer.c:[[@LINE+1]]:24: error: global 'data' has type 'double *', which holds a pointer; its value means nothing on another node, so it cannot be broadcast
#pragma torc broadcast(data)
}
