// A function that is not a task spawns into its caller's array and ends
// without a wait: it waits at the end of its body, so the caller reads
// every result right after the call.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

#pragma torc task out(cube)
void cube_of(long x, long *cube);

void cube_of(long x, long *cube) { *cube = x * x * x; }

static void fill(long *cubes, int n) {
  for (int i = 0; i < n; i++) {
#pragma torc task
    cube_of(i, &cubes[i]);
  }
}

int main(void) {
  long cubes[40];
  fill(cubes, 40);
  long sum = 0;
  for (int i = 0; i < 40; i++)
    sum += cubes[i];
  printf("sum of cubes = %ld, cubes[39] = %ld\n", sum, cubes[39]);
  return 0;
}
