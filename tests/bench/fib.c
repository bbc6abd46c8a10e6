/*
 * B1/B2: recursive Fibonacci with a task per call above a cut-off.
 *   fib N CUTOFF    prints "seconds: T" for the timed computation
 * B1 is fib(40) with cut-off 20, B2 fib(40) with cut-off 12. The same file
 * built with a plain C compiler is the sequential baseline.
 */
#include <stdio.h>
#include <stdlib.h>

#include <torc.h>

static long fib_sequential(int n) {
  return n < 2 ? n : fib_sequential(n - 1) + fib_sequential(n - 2);
}

/* The cut-off is a parameter, not a global: globals are per node, and a
 * task on another node would see its own, unset copy. */
long fib(int n, int cutoff) {
  if (n < cutoff)
    return fib_sequential(n);
  long a, b;
#pragma torc task
  a = fib(n - 1, cutoff);
#pragma torc task
  b = fib(n - 2, cutoff);
#pragma torc wait
  return a + b;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 40;
  int cutoff = argc > 2 ? atoi(argv[2]) : 20;
  double start = torc_gettime();
  long result = fib(n, cutoff);
  double seconds = torc_gettime() - start;
  printf("fib(%d) = %ld\nseconds: %.6f\n", n, result, seconds);
  return 0;
}
