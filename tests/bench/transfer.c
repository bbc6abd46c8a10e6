/*
 * B4: one task on the last node receives N doubles `in` and sends N
 * doubles `out`, ROUNDS times.
 *   transfer N ROUNDS    prints "GB/s: R" (bytes moved both ways / time)
 */
#include <stdio.h>
#include <stdlib.h>

#include <torc.h>

#pragma torc task in(x[0:n]) out(y[0:n])
void shift(long n, const double *x, double *y) {
  for (long i = 0; i < n; i++)
    y[i] = x[i] + 1.0;
}

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 16L << 20;
  int rounds = argc > 2 ? atoi(argv[2]) : 4;
  double *x = malloc(n * sizeof *x), *y = malloc(n * sizeof *y);
  for (long i = 0; i < n; i++)
    x[i] = (double)i;
  int last = torc_num_nodes() - 1;
  double start = torc_gettime();
  for (int r = 0; r < rounds; r++) {
#pragma torc task node(last)
    shift(n, x, y);
#pragma torc wait
  }
  double seconds = torc_gettime() - start;
  int ok = y[0] == 1.0 && y[n - 1] == (double)n;
  printf("correct: %s\nGB/s: %.3f\n", ok ? "yes" : "no",
         2.0 * rounds * n * sizeof(double) / seconds / 1e9);
  free(x);
  free(y);
  return 0;
}
