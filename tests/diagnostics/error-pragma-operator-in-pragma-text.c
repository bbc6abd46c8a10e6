// The text of a _Pragma is read as a #pragma line, so an operator without
// its string inside it is refused too, instead of crashing Clang 14.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void f(int n) {
// CHECK: error-pragma-operator-in-pragma-text.c:[[@LINE+1]]:3: error: _Pragma takes a parenthesized string literal
  _Pragma("unroll _Pragma(") for (int i = 0; i < n; i++);
}
