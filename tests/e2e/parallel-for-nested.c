// A parallel for inside a task: each task's loop spawns its own chunks and
// waits for them before the task returns its result.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

long term(long row, long col) { return row * 100 + col; }

long row_sum(long row) {
  enum { M = 7 };
  long t[M];
#pragma torc parallel for chunksize(2)
  for (int c = 0; c < M; c++)
    t[c] = term(row, c);
  long s = 0;
  for (int c = 0; c < M; c++)
    s += t[c];
  return s;
}

int main(void) {
  enum { R = 6 };
  long sums[R];
#pragma torc parallel for
  for (int r = 0; r < R; r++)
    sums[r] = row_sum(r);
  for (int r = 0; r < R; r++)
    printf("row %d: %ld\n", r, sums[r]);
  return 0;
}
