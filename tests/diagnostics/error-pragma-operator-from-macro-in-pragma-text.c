// A macro leaving a _Pragma operator without its string, used in the text
// of another _Pragma, is refused where that _Pragma is written instead of
// crashing Clang 14.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

#define UNFINISHED _Pragma(
// CHECK: error-pragma-operator-from-macro-in-pragma-text.c:[[@LINE+1]]:1: error: _Pragma takes a parenthesized string literal
_Pragma("clang attribute push(UNFINISHED")
int x;
