// wait outside a function is an error.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

// CHECK: error-wait-outside-function.c:[[@LINE+1]]:1: error: '#pragma torc wait' is only allowed inside a function body
#pragma torc wait
int x;
