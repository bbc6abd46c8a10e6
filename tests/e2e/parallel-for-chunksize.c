// parallel for chunksize(3): chunks of three iterations travel as one task,
// yet every member's return value and out section land where the
// sequential loop puts them.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

#pragma torc task in(x[i:1]) out(y[i:1])
double scale(int i, double factor, const double *x, double *y) {
  y[i] = factor * x[i];
  return x[i] + 1;
}

int main(void) {
  enum { N = 12 };
  double x[N], y[N], r[N];
  for (int i = 0; i < N; i++) {
    x[i] = i * 0.5;
    y[i] = r[i] = -1;
  }
#pragma torc parallel for chunksize(3)
  for (int i = 0; i < N; i++)
    r[i] = scale(i, 3.0, x, y);
  for (int i = 0; i < N; i++)
    printf("%d: y = %g, r = %g\n", i, y[i], r[i]);
  return 0;
}
