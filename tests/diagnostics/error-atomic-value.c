// An atomic parameter or result cannot move between nodes; the message
// says what to declare instead.
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s

#pragma torc task
int f(_Atomic int x) { return x; }
_Atomic long g(int x);

void caller(void) {
  int r;
  _Atomic long s;
  _Atomic int a = 1;
// CHECK: error-atomic-value.c:[[@LINE+2]]:9: error: parameter 'x' of 'f' has atomic type '_Atomic(int)', which cannot be moved between nodes; declare it 'int': the task gets its own copy of the value at the spawn, which no other thread can touch
#pragma torc task
  r = f(a);
// CHECK: error-atomic-value.c:[[@LINE+2]]:7: error: 'g' returns atomic type '_Atomic(long)', which cannot be moved between nodes; return 'long': the caller gets its own copy of the value
#pragma torc task
  s = g(1);
#pragma torc wait
}
