// main becomes the primary task, whose return value is every process's
// exit status, so a main that returns anything but int is refused at main
// rather than left to fail in the generated code.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

int work(int n);

// CHECK: error-main-not-int.c:[[@LINE+1]]:6: error: main returns 'void', not int; it cannot become the primary task, whose return value is every process's exit status
void main(void) {
  int r;
#pragma torc task
  r = work(1);
#pragma torc wait
  (void)r;
}
