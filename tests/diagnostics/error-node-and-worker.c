// node and worker exclude each other.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void work(int n);
void f(void) {
// CHECK: error-node-and-worker.c:[[@LINE+1]]:27: error: clauses 'node' and 'worker' exclude each other
#pragma torc task node(0) worker(1)
  work(1);
}
