// 100,000 tasks nested inside each other, each waiting for the next: the
// waits stack up on the workers' stacks without overflowing them.
// RUN: %torcc -O2 %s -o %t
// RUN: env TORC_WORKERS=1 %mpirun -np 1 %t 100000 | FileCheck %s
// RUN: env TORC_WORKERS=2 %mpirun -np 1 %t 100000 | FileCheck %s
// RUN: env TORC_WORKERS=1 %mpirun -np 2 %t 100000 | FileCheck %s
// RUN: %mpirun-hosts --hosts 2 -x TORC_WORKERS=1 %t 100000 | FileCheck %s
// CHECK: depth 100000
#include <stdio.h>
#include <stdlib.h>

long chain(int depth) {
  if (depth == 0)
    return 0;
  long below;
#pragma torc task
  below = chain(depth - 1);
#pragma torc wait
  return below + 1;
}

int main(int argc, char **argv) {
  int depth = argc > 1 ? atoi(argv[1]) : 100000;
  long r;
#pragma torc task
  r = chain(depth);
#pragma torc wait
  printf("depth %ld\n", r);
  return 0;
}
