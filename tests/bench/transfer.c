/*
 * B4: one task on the last node receives N doubles `in` and sends N
 * doubles `out`, ROUNDS times; every element that comes back is checked.
 *   transfer N ROUNDS    prints "GB/s: R" (bytes moved both ways / time)
 *                        and "correct: yes" (or "no", with status 1)
 */
#include <stdio.h>
#include <stdlib.h>

#include <torc.h>

/* Each round adds its own number, so a round whose `out` data never came
 * back leaves the previous round's values, which do not pass. */
#pragma torc task in(x[0:n]) out(y[0:n])
void shift(long n, int round, const double *x, double *y) {
  for (long i = 0; i < n; i++)
    y[i] = x[i] + round;
}

static long wrong_elements(long n, int round, const double *x,
                           const double *y) {
  long wrong = 0;
  for (long i = 0; i < n; i++)
    wrong += y[i] != x[i] + round;
  return wrong;
}

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 16L << 20;
  int rounds = argc > 2 ? atoi(argv[2]) : 4;
  double *x = malloc(n * sizeof *x), *y = malloc(n * sizeof *y);
  for (long i = 0; i < n; i++)
    x[i] = (double)i;
  int last = torc_num_nodes() - 1;
  double seconds = 0;
  long wrong = 0;
  for (int r = 1; r <= rounds; r++) {
    double start = torc_gettime();
#pragma torc task node(last)
    shift(n, r, x, y);
#pragma torc wait
    seconds += torc_gettime() - start;
    /* Checked with the clock stopped. */
    wrong += wrong_elements(n, r, x, y);
  }
  printf("wrong elements: %ld\nGB/s: %.3f\ncorrect: %s\n", wrong,
         2.0 * rounds * n * sizeof(double) / seconds / 1e9,
         wrong == 0 ? "yes" : "no");
  free(x);
  free(y);
  return wrong == 0 ? 0 : 1;
}
