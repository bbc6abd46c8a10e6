// parallel for without chunksize: every iteration is its own task, and each
// result lands where the sequential loop puts it.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

int square(int x) { return x * x; }

int main(void) {
  enum { N = 20 };
  int y[N];
  for (int i = 0; i < N; i++)
    y[i] = -1;
#pragma torc parallel for
  for (int i = 0; i < N; i++)
    y[i] = square(i);
  for (int i = 0; i < N; i++)
    printf("y[%d] = %d\n", i, y[i]);
  return 0;
}
