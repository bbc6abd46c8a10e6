// A _Pragma operator without its string in a computed #include is refused
// at the operator instead of crashing Clang 14.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

// CHECK: error-pragma-operator-in-include.c:[[@LINE+1]]:10: error: _Pragma takes a parenthesized string literal
#include _Pragma(x
int x;
