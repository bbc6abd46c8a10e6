// A non-const C99 array parameter without a clause is inout, so the array
// passed to it must outlive the task.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void smooth(int n, double v[n]);

void use(int n) {
  if (n > 0) {
    double w[16];
#pragma torc task
// CHECK: error-scope-array-parameter.c:[[@LINE+2]]:16: error: this task may write 'w' after its scope has ended
// CHECK: error-scope-array-parameter.c:[[@LINE+2]]:3: note: the scope of 'w' ends here
    smooth(16, w);
  }
#pragma torc wait
}
