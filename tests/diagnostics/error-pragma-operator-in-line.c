// A _Pragma operator without its string in #line is refused at the
// operator instead of crashing Clang 14.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

// CHECK: error-pragma-operator-in-line.c:[[@LINE+1]]:9: error: _Pragma takes a parenthesized string literal
#line 5 _Pragma(
int x;
