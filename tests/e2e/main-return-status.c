// The value main returns is the exit status of every process.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

int twice(int x) { return 2 * x; }

int main(void) {
  int r;
#pragma torc task
  r = twice(21);
#pragma torc wait
  printf("r = %d\n", r);
  return r == 42 ? 3 : 1;
}
