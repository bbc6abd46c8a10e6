// main returns a value that a task computes, with no wait: the implicit
// wait comes before the return expression is evaluated, so the exit status
// is the task's result, as in the sequential program.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

static int count_primes(int n) {
  int count = 0;
  for (int i = 2; i < n; i++) {
    int prime = 1;
    for (int d = 2; d * d <= i; d++)
      if (i % d == 0) {
        prime = 0;
        break;
      }
    count += prime;
  }
  return count;
}

int main(void) {
  int primes;
#pragma torc task
  primes = count_primes(100000);
  printf("main returns\n");
  return primes % 100;
}
