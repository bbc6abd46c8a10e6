// A loop whose index is declared before it ('i = lo'): after the loop the
// index has its sequential final value.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

int plus(int x, int y) { return x + y; }

int main(void) {
  enum { N = 11 };
  int y[N];
  int i;
#pragma torc parallel for chunksize(5)
  for (i = 0; i < N; i++)
    y[i] = plus(i, 7);
  printf("final index %d\n", i);
  for (int k = 0; k < N; k++)
    printf("y[%d] = %d\n", k, y[k]);
  return 0;
}
