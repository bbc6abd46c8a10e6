// A `goto` out of a block before its wait ends the block's scope.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

double f(int i);

int run(int n) {
  {
    double r[2];
#pragma torc task
// CHECK: error-scope-goto.c:[[@LINE+1]]:5: error: this task may write 'r' after its scope has ended: no wait comes between the spawn and the end of that scope
    r[1] = f(n);
    if (n > 2)
// CHECK: error-scope-goto.c:[[@LINE+1]]:7: note: the scope of 'r' ends here, where 'goto' leaves it
      goto done;
#pragma torc wait
  }
done:
  return n;
}
