// broadcast with no items says what it needs.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

int g;
int main(void) {
// CHECK: error-broadcast-empty.c:[[@LINE+1]]:24: error: 'broadcast' needs at least one global variable, e.g. 'broadcast(g)' or 'broadcast(A[0:n])'
#pragma torc broadcast()
  return 0;
}
