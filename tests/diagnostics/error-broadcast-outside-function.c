// broadcast is a statement; at file scope it is an error.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

int g;
// CHECK: error-broadcast-outside-function.c:[[@LINE+1]]:1: error: '#pragma torc broadcast' is only allowed inside a function body
#pragma torc broadcast(g)
void f(void);
