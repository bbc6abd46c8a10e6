// An unknown directive is an error at its name.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void f(void) {
// CHECK: error-unknown-directive.c:[[@LINE+1]]:14: error: unknown torc directive 'frobnicate'
#pragma torc frobnicate
}
