// A million tasks spawned before a single wait all complete, with their
// results where they belong, on one node and spread over two.
// RUN: %torcc -O2 %s -o %t
// RUN: env TORC_WORKERS=1 %mpirun -np 1 %t 1000000 | FileCheck %s
// RUN: env TORC_WORKERS=2 %mpirun -np 2 %t 1000000 | FileCheck %s
// RUN: %mpirun-hosts --hosts 2 -x TORC_WORKERS=2 %t 1000000 | FileCheck %s
// CHECK: 1000000 tasks, 0 wrong
#include <stdio.h>
#include <stdlib.h>

int twice(int i) { return 2 * i; }

int main(int argc, char **argv) {
  int tasks = argc > 1 ? atoi(argv[1]) : 1000000;
  int *results = malloc(tasks * sizeof *results);
  for (int i = 0; i < tasks; i++) {
#pragma torc task
    results[i] = twice(i);
  }
#pragma torc wait
  long wrong = 0;
  for (int i = 0; i < tasks; i++)
    wrong += results[i] != 2 * i;
  printf("%d tasks, %ld wrong\n", tasks, wrong);
  free(results);
  return 0;
}
