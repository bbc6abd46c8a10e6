// The `lvalue` of a spawn declared in the loop body, with the wait after
// the loop: the task would write it after its scope has ended.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

double f(int i);

void sum(int n, double *total) {
  for (int i = 0; i < n; i++) {
// CHECK: error-scope-loop-target.c:[[@LINE+5]]:5: error: this task may write 'r' after its scope has ended: no wait comes between the spawn and the end of that scope
// CHECK: error-scope-loop-target.c:[[@LINE+5]]:3: note: the scope of 'r' ends here
// CHECK: error-scope-loop-target.c:[[@LINE+1]]:12: note: declare 'r' before the loop, or write '#pragma torc wait' before its scope ends
    double r;
#pragma torc task
    r = f(i);
  }
#pragma torc wait
}
