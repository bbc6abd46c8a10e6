// An unknown clause on parallel for is an error that names the directive.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void work(int i);
void f(int n) {
// CHECK: error-parallel-for-unknown-clause.c:[[@LINE+1]]:27: error: unknown clause 'schedule' on 'parallel for'
#pragma torc parallel for schedule(static)
  for (int i = 0; i < n; i++)
    work(i);
}
