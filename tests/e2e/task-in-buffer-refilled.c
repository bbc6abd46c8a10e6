// A task reads an `in` section as it was at the spawn: the caller refills
// the same buffer for the next task right after each spawn.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

enum { TASKS = 40, N = 100 };

#pragma torc task in(x[0:n])
double weighted_sum(int n, const double *x) {
  double s = 0;
  for (int i = 0; i < n; i++)
    s += (i + 1) * x[i];
  return s;
}

int main(void) {
  double buffer[N], sums[TASKS];
  for (int k = 0; k < TASKS; k++) {
    for (int i = 0; i < N; i++)
      buffer[i] = k * 1000 + i;
#pragma torc task
    sums[k] = weighted_sum(N, buffer);
  }
  for (int i = 0; i < N; i++)
    buffer[i] = -1;
#pragma torc wait
  for (int k = 0; k < TASKS; k++)
    printf("%d: %.1f\n", k, sums[k]);
  return 0;
}
