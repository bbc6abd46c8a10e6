// Tasks three levels deep, each level passing array sections to the next,
// so that data crosses processes at every level once tasks are spread or
// stolen.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

#pragma torc task in(x[0:n]) out(y[0:n])
void leaf(int n, const double *x, double *y) {
  for (int i = 0; i < n; i++)
    y[i] = x[i] * x[i] + 1;
}

#pragma torc task in(x[0:n]) out(y[0:n])
void middle(int n, const double *x, double *y) {
  int half = n / 2;
#pragma torc task
  leaf(half, x, y);
#pragma torc task
  leaf(n - half, x + half, y + half);
#pragma torc wait
  for (int i = 0; i < n; i++)
    y[i] += 0.5;
}

#pragma torc task in(x[0:n]) out(y[0:n])
double top(int n, const double *x, double *y) {
  int third = n / 3;
  for (int k = 0; k < 3; k++) {
    int len = k < 2 ? third : n - 2 * third;
#pragma torc task
    middle(len, x + k * third, y + k * third);
  }
#pragma torc wait
  double sum = 0;
  for (int i = 0; i < n; i++)
    sum += y[i];
  return sum;
}

int main(void) {
  enum { TOPS = 6, N = 301 };
  static double x[TOPS][N], y[TOPS][N];
  double sums[TOPS];
  for (int t = 0; t < TOPS; t++)
    for (int i = 0; i < N; i++)
      x[t][i] = (t + 1) * 0.01 * i;
  for (int t = 0; t < TOPS; t++) {
#pragma torc task
    sums[t] = top(N, x[t], y[t]);
  }
#pragma torc wait
  for (int t = 0; t < TOPS; t++)
    printf("top %d: sum %.6f, y[0] %.4f, y[150] %.4f, y[300] %.4f\n", t,
           sums[t], y[t][0], y[t][150], y[t][300]);
  return 0;
}
