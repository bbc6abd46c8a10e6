// An array declared in a block, passed to an `out` parameter declared on
// the function, with the wait after the block.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

#pragma torc task out(v[0:4])
void fill(double *v);

void use(void) {
  {
// CHECK: error-scope-block-out-array.c:[[@LINE+5]]:10: error: this task may write 'v' after its scope has ended: no wait comes between the spawn and the end of that scope
// CHECK: error-scope-block-out-array.c:[[@LINE+5]]:3: note: the scope of 'v' ends here
// CHECK: error-scope-block-out-array.c:[[@LINE+1]]:12: note: declare 'v' outside this block, or write '#pragma torc wait' before its scope ends
    double v[4];
#pragma torc task
    fill(v);
  }
#pragma torc wait
}
