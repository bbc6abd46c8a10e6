// A macro whose _Pragma operator is left without its string, used in a
// directive, is refused where it is used instead of crashing Clang 14,
// which read past the end of the directive looking for the ')'.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

#define UNFINISHED _Pragma(x
// CHECK: error-pragma-operator-from-macro.c:[[@LINE+1]]:5: error: _Pragma takes a parenthesized string literal
#if UNFINISHED
#endif
int x;
