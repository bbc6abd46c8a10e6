// broadcast names globals; a local variable is refused with what to do.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

int table[4];
void f(void) {
  int table[4] = {0};
// CHECK: error-broadcast-local.c:[[@LINE+2]]:24: error: 'table' is a local variable of 'f', not a global variable; broadcast copies globals only: make it a global, or pass it to the tasks as an argument
// CHECK: note: 'table' declared here
#pragma torc broadcast(table)
  (void)table;
}
