// A task reads an `in` argument as it was at the spawn: here a temporary
// declared in the loop body, whose scope ends before the tasks run.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

enum { K = 24, N = 16 };

void accumulate(int n, double acc[n], const double *w) {
  for (int i = 0; i < n; i++)
    acc[i] += *w * (i + 1);
}

int main(void) {
  static double acc[K][N];
  for (int k = 0; k < K; k++) {
    double w = k + 1;
#pragma torc task
    accumulate(N, acc[k], &w);
  }
#pragma torc wait
  for (int k = 0; k < K; k++)
    printf("%d: %g %g\n", k, acc[k][0], acc[k][N - 1]);
  return 0;
}
