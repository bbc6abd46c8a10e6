// C99 array parameters move their stated length, evaluated at the call:
// 'const T p[n]' is in, 'T p[n]' and 'T p[static n]' are inout.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

double total(int n, const double x[n]) {
  double s = 0;
  for (int i = 0; i < n; i++)
    s += x[i];
  return s;
}

void bump(int n, int v[n]) {
  for (int i = 0; i < n; i++)
    v[i] += 10 * i;
}

void fill(int n, long out[static n]) {
  for (int i = 0; i < n; i++)
    out[i] += i;
}

int main(void) {
  double x[8];
  int v[6];
  long w[5];
  for (int i = 0; i < 8; i++)
    x[i] = i * 1.5;
  for (int i = 0; i < 6; i++)
    v[i] = i;
  for (int i = 0; i < 5; i++)
    w[i] = 100;
  double s;
#pragma torc task
  s = total(8, x);
#pragma torc task
  bump(6, v);
#pragma torc task
  fill(5, w);
#pragma torc wait
  printf("total %g\n", s);
  for (int i = 0; i < 6; i++)
    printf("v[%d] = %d\n", i, v[i]);
  for (int i = 0; i < 5; i++)
    printf("w[%d] = %ld\n", i, w[i]);
  return 0;
}
