// A recursive task that forgets its wait: the implicit wait before its
// return makes `a + b` read both children's results, at every depth.
// RUN: %run-matrix --work %t %s -- 24
#include <stdio.h>
#include <stdlib.h>

static long fib_sequential(int n) {
  return n < 2 ? n : fib_sequential(n - 1) + fib_sequential(n - 2);
}

long fib(int n) {
  if (n < 14)
    return fib_sequential(n);
  long a, b;
#pragma torc task
  a = fib(n - 1);
#pragma torc task
  b = fib(n - 2);
  return a + b;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 20;
  long result;
#pragma torc task
  result = fib(n);
#pragma torc wait
  printf("fib(%d) = %ld\n", n, result);
  return 0;
}
