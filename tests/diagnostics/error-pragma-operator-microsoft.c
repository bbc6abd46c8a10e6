// With -fms-extensions, Microsoft's __pragma operator left unfinished in a
// directive is refused at the operator too, instead of crashing Clang 14.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c -- -fms-extensions 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

// CHECK: error-pragma-operator-microsoft.c:[[@LINE+1]]:5: error: _Pragma takes a parenthesized string literal
#if __pragma(
#endif
int x;
