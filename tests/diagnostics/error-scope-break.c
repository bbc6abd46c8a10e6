// A `break` leaves the scope of a member's struct before the wait at the
// end of the loop body: the scope ends at the break.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

struct pair { double x, y; };
double f(int i);

void run(int n) {
  while (n--) {
    struct pair p;
#pragma torc task
// CHECK: error-scope-break.c:[[@LINE+1]]:5: error: this task may write 'p' after its scope has ended: no wait comes between the spawn and the end of that scope
    p.x = f(n);
    if (n == 3)
// CHECK: error-scope-break.c:[[@LINE+1]]:7: note: the scope of 'p' ends here, where 'break' leaves it
      break;
#pragma torc wait
  }
}
