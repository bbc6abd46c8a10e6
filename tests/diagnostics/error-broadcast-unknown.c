// broadcast of a name that is no global declared before it.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void f(void) {
// CHECK: error-broadcast-unknown.c:[[@LINE+1]]:24: error: 'later' is not a global variable declared before this directive
#pragma torc broadcast(later)
}
int later;
