// A `continue` leaves the loop body's scope before its wait.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

#pragma torc task inout(acc)
void add(int i, long *acc);

void run(int n) {
  for (int i = 0; i < n; i++) {
    long acc = 0;
#pragma torc task
// CHECK: error-scope-continue.c:[[@LINE+1]]:12: error: this task may write 'acc' after its scope has ended: no wait comes between the spawn and the end of that scope
    add(i, &acc);
    if (i % 2)
// CHECK: error-scope-continue.c:[[@LINE+1]]:7: note: the scope of 'acc' ends here, where 'continue' leaves it
      continue;
#pragma torc wait
  }
}
