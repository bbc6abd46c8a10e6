// A _Pragma operator without its string on another pragma's line is refused
// at the operator instead of crashing Clang 14, whose pragma handlers
// expand macros in their arguments.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

// CHECK: error-pragma-operator-in-pragma.c:[[@LINE+1]]:30: error: _Pragma takes a parenthesized string literal
#pragma clang attribute push(_Pragma(
int x;
