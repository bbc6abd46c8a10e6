// Task functions of one signature share a trampoline, so each spawn must
// still reach its own function, wherever it runs; the results are those
// of the sequential build in every configuration.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

typedef unsigned long count_t;

int add(int a, int b) { return a + b; }
int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
void twice(count_t n, double *v) {
  for (count_t i = 0; i < n; i++)
    v[i] *= 2;
}
void plus_one(unsigned long n, double *v) {
  for (unsigned long i = 0; i < n; i++)
    v[i] += 1;
}
static void noop(void) {}
static void count_call(void) {}

int main(void) {
  int r[3][8];
  double v[4][3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}, {10, 11, 12}};
  for (int i = 0; i < 8; i++) {
#pragma torc task
    r[0][i] = add(i, 10);
#pragma torc task
    r[1][i] = sub(i, 10);
#pragma torc task
    r[2][i] = mul(i, 10);
  }
  for (int k = 0; k < 4; k++) {
    if (k % 2) {
#pragma torc task inout(v[0:n])
      twice(3, v[k]);
    } else {
#pragma torc task inout(v[0:n])
      plus_one(3, v[k]);
    }
  }
#pragma torc task
  noop();
#pragma torc task
  count_call();
#pragma torc wait
  for (int i = 0; i < 8; i++)
    printf("%d: %d %d %d\n", i, r[0][i], r[1][i], r[2][i]);
  for (int k = 0; k < 4; k++)
    printf("v[%d] = %g %g %g\n", k, v[k][0], v[k][1], v[k][2]);
  return 0;
}
