// `shared(items)`: a large read-only input read by many tasks, in place on
// the spawning node and from a copy elsewhere, on a call site, on a task
// declaration and on a parallel for.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

enum { N = 64, ROWS = 48 };

static double matrix[ROWS][N];

#pragma torc task in(m[0:rows * n]) shared(m)
double row_sum(int rows, int n, int row, const double *m) {
  double s = 0;
  for (int j = 0; j < n; j++)
    s += m[row * n + j];
  return s;
}

double dot(int n, const double a[n], const double *b, int len) {
  double s = 0;
  for (int j = 0; j < n && j < len; j++)
    s += a[j] * b[j];
  return s;
}

int main(void) {
  for (int i = 0; i < ROWS; i++)
    for (int j = 0; j < N; j++)
      matrix[i][j] = i * 0.5 + j;
  double sums[ROWS], dots[ROWS], maps[ROWS];
  for (int i = 0; i < ROWS; i++) {
#pragma torc task
    sums[i] = row_sum(ROWS, N, i, &matrix[0][0]);
  }
  for (int i = 0; i < ROWS; i++) {
#pragma torc task in(b[0:len]) shared(a, b)
    dots[i] = dot(N, matrix[i], matrix[ROWS - 1 - i], N);
  }
#pragma torc wait
#pragma torc parallel for chunksize(5) shared(m)
  for (int i = 0; i < ROWS; i++)
    maps[i] = row_sum(ROWS, N, ROWS - 1 - i, &matrix[0][0]);
  for (int i = 0; i < ROWS; i++)
    printf("%d: %g %g %g\n", i, sums[i], dots[i], maps[i]);
  return 0;
}
