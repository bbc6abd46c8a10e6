// Recursive Fibonacci with a task per call above a cut-off: nested spawns
// and waits at every depth, balanced by stealing.
// RUN: %run-matrix --work %t %s -- 27
#include <stdio.h>
#include <stdlib.h>

static long fib_sequential(int n) {
  return n < 2 ? n : fib_sequential(n - 1) + fib_sequential(n - 2);
}

long fib(int n) {
  if (n < 16)
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
  int n = argc > 1 ? atoi(argv[1]) : 25;
  long result;
#pragma torc task
  result = fib(n);
#pragma torc wait
  printf("fib(%d) = %ld\n", n, result);
  return 0;
}
