// A task that ends its block has nothing to spawn.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void f(void) {
  {
// CHECK: error-task-at-end-of-block.c:[[@LINE+1]]:1: error: '#pragma torc task' is not followed by a statement in this block
#pragma torc task
  }
}
