// A large `in` section is captured at the spawn too, also while a task that
// leaves the node is already being sent: every task sees the buffer as it
// was at its own spawn, although the caller refills it right after.
// RUN: %run-matrix --work %t %s
#include <stdio.h>
#include <stdlib.h>

enum { TASKS = 6, N = 700000 }; /* 5.6 MB: several pieces of a transfer */

#pragma torc task in(x[0:n])
double checksum(long n, const double *x) {
  double s = 0;
  for (long i = 0; i < n; i++)
    s += x[i] * (double)(i % 7 + 1);
  return s;
}

int main(void) {
  double *buffer = malloc(N * sizeof *buffer);
  double sums[TASKS], placed[TASKS];
  for (int k = 0; k < TASKS; k++) {
    for (long i = 0; i < N; i++)
      buffer[i] = k * 3.0 + (double)(i % 1000);
#pragma torc task
    sums[k] = checksum(N, buffer);
  }
  for (int k = 0; k < TASKS; k++) {
    for (long i = 0; i < N; i++)
      buffer[i] = -k - (double)(i % 10);
#pragma torc task node(torc_num_nodes() - 1)
    placed[k] = checksum(N, buffer);
  }
  for (long i = 0; i < N; i++)
    buffer[i] = 0;
#pragma torc wait
  for (int k = 0; k < TASKS; k++)
    printf("%d: %.1f %.1f\n", k, sums[k], placed[k]);
  free(buffer);
  return 0;
}
