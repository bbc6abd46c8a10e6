// chunksize belongs to parallel for only.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void work(int i);
void f(void) {
// CHECK: error-chunksize-on-task.c:[[@LINE+1]]:19: error: clause 'chunksize' is not allowed on 'task'
#pragma torc task chunksize(2)
  work(1);
}
