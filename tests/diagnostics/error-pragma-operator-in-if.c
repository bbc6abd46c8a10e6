// A _Pragma operator without its string inside #if is refused at the
// operator. Clang 14 alone crashes on this line: its recovery read past the
// end of the directive and #if then read on to the end of the file.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

// CHECK: error-pragma-operator-in-if.c:[[@LINE+1]]:5: error: _Pragma takes a parenthesized string literal
#if _Pragma(
#endif
int x;
