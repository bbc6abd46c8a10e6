// main spawns tasks that write into its own array and ends without a
// wait: its implicit wait at the end of its body keeps the array alive
// until every result has landed, and it still ends with status 0 as C's
// main does when it falls off its end.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

static long slow_square(long x) {
  volatile long s = 0;
  for (long i = 0; i < 200000; i++)
    s += i % 3;
  return x * x + s * 0;
}

int main(void) {
  long squares[64];
  for (int i = 0; i < 64; i++) {
#pragma torc task
    squares[i] = slow_square(i);
  }
  printf("spawned 64 tasks\n");
}
