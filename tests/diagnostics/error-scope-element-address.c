// `&a[i]` and `a + k` point into the array `a`, whose scope ends before
// the wait; a call-site clause says they are written.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void fill(double *v, int n);

void use(int n) {
  for (int k = 0; k < n; k++) {
    double a[8];
#pragma torc task out(v[0:2])
// CHECK: error-scope-element-address.c:[[@LINE+1]]:10: error: this task may write 'a' after its scope has ended
    fill(&a[k % 4], 2);
#pragma torc task inout(v[0:2])
// CHECK: error-scope-element-address.c:[[@LINE+1]]:10: error: this task may write 'a' after its scope has ended
    fill(a + 4, 2);
  }
#pragma torc wait
}
