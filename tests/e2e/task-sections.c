// Array sections move exactly: in data reaches the task, out data comes
// back, inout does both, and elements outside the section are untouched.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

#pragma torc task in(x[lo:len]) out(y[lo:len])
void scale(int lo, int len, double factor, const double *x, double *y) {
  for (int i = lo; i < lo + len; i++)
    y[i] = factor * x[i];
}

#pragma torc task inout(v[:n])
void increment(int n, int *v) {
  for (int i = 0; i < n; i++)
    v[i] += i;
}

int main(void) {
  enum { N = 64, PARTS = 8 };
  double x[N], y[N];
  int counters[PARTS][16];
  for (int i = 0; i < N; i++) {
    x[i] = i * 0.25;
    y[i] = -1;
  }
  for (int p = 0; p < PARTS; p++)
    for (int i = 0; i < 16; i++)
      counters[p][i] = 100 * p;

  /* Leave the first and last four elements of y outside every section. */
  for (int p = 0; p < PARTS; p++) {
    int lo = 4 + p * 7;
#pragma torc task
    scale(lo, 7, 3.0, x, y);
  }
  for (int p = 0; p < PARTS; p++) {
#pragma torc task
    increment(16, counters[p]);
  }
#pragma torc wait

  for (int i = 0; i < N; i++)
    printf("y[%d] = %g\n", i, y[i]);
  for (int p = 0; p < PARTS; p++)
    printf("counters[%d]: %d .. %d\n", p, counters[p][0], counters[p][15]);
  return 0;
}
