/*
 * fib: recursive Fibonacci with one task per call above a cut-off. Every
 * task spawns two children and waits for them; idle workers and idle nodes
 * steal subtrees, so the work spreads over all cores of all nodes.
 *
 *   torcc -O2 fib.c -o fib
 *   mpirun -np 2 ./fib 35
 */
#include <stdio.h>
#include <stdlib.h>

#include <torc.h>

/* Below this size a call is too small to be worth a task. */
enum { CUTOFF = 20 };

static long fib_sequential(int n) {
  return n < 2 ? n : fib_sequential(n - 1) + fib_sequential(n - 2);
}

long fib(int n) {
  if (n < CUTOFF)
    return fib_sequential(n);
  long a, b;
#pragma torc task
  a = fib(n - 1);
#pragma torc task
  b = fib(n - 2);
#pragma torc wait
  return a + b;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 32;
  double start = torc_gettime();
  long result;
#pragma torc task
  result = fib(n);
#pragma torc wait
  printf("fib(%d) = %ld\n", n, result);
  fprintf(stderr, "%d nodes x %d workers: %.3f s\n", torc_num_nodes(),
          torc_num_local_workers(), torc_gettime() - start);
  return 0;
}
