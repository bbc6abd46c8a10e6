// A macro that expands to more than a directive cannot be rewritten.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void work(int n);
#define SPAWN_WORK _Pragma("torc task") work(1);
void f(void) {
// CHECK: error-macro-directive.c:[[@LINE+1]]:3: error: this macro cannot be rewritten: a macro that produces a torc directive must expand to the directive alone
  SPAWN_WORK
}
