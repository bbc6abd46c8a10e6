// `lvalue = f(args);` stores the task's return value in the lvalue when
// the task completes, converting it as assignment does.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

long square(int x) { return (long)x * x; }

int halve(int x) { return x / 2; }

int main(void) {
  enum { N = 12 };
  long squares[N];
  double halves[N];
  for (int i = 0; i < N; i++) {
#pragma torc task
    squares[i] = square(i + 1000);
#pragma torc task
    halves[i] = halve(3 * i + 1);
  }
#pragma torc wait
  for (int i = 0; i < N; i++)
    printf("%ld %.1f\n", squares[i], halves[i]);
  return 0;
}
