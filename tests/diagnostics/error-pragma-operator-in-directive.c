// A _Pragma operator inside a directive is refused as a word of the
// directive, even an unfinished one, which once made Clang consume the end
// of the directive and crash reading past the end of the file.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void work(int n);
void f(void) {
// CHECK: error-pragma-operator-in-directive.c:[[@LINE+1]]:19: error: unknown clause '_Pragma' on 'task'
#pragma torc task _Pragma(
  work(1);
}

// CHECK: error-pragma-operator-in-directive.c:[[@LINE+1]]:14: error: unknown torc directive '_Pragma'
#pragma torc _Pragma(
