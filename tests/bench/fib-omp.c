/*
 * The shared-memory reference for B1/B2: the same computation with OpenMP
 * tasks, built with -fopenmp and run with OMP_NUM_THREADS.
 */
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>

static int cutoff;

static long fib_sequential(int n) {
  return n < 2 ? n : fib_sequential(n - 1) + fib_sequential(n - 2);
}

static long fib(int n) {
  if (n < cutoff)
    return fib_sequential(n);
  long a, b;
#pragma omp task shared(a)
  a = fib(n - 1);
#pragma omp task shared(b)
  b = fib(n - 2);
#pragma omp taskwait
  return a + b;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 40;
  cutoff = argc > 2 ? atoi(argv[2]) : 20;
  long result;
  double start = omp_get_wtime();
#pragma omp parallel
#pragma omp single
  result = fib(n);
  double seconds = omp_get_wtime() - start;
  printf("fib(%d) = %ld\nseconds: %.6f\n", n, result, seconds);
  return 0;
}
