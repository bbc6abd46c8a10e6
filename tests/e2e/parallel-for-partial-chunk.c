// A chunksize that does not divide the trip count: the last chunk is
// shorter and still runs, and the loop waits for it.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

long cube(long x) { return x * x * x; }

int main(void) {
  enum { N = 10 };
  long y[N];
  for (int i = 0; i < N; i++)
    y[i] = -1;
  int k = 4;
#pragma torc parallel for chunksize(k)
  for (int i = 0; i < N; i++) {
    y[i] = cube(i + 1);
  }
  for (int i = 0; i < N; i++)
    printf("y[%d] = %ld\n", i, y[i]);
  return 0;
}
