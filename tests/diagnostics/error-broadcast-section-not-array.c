// A section needs a global array.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

int g;
void f(void) {
// CHECK: error-broadcast-section-not-array.c:[[@LINE+1]]:24: error: global 'g' has type 'int'; a section needs an array
#pragma torc broadcast(g[0:1])
}
