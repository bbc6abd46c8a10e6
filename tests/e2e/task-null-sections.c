// NULL moves as NULL, whatever its section says, on any node: for a
// one-element `const T *`, an `out` pointer and `in`/`inout` sections.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

struct point {
  double x, y;
};

#pragma torc task in(x[0:n]) out(y[0:n]) inout(z[0:n])
int count_null(int n, const double *x, double *y, int *z,
               const struct point *p) {
  int nulls = (x == NULL) + (y == NULL) + (z == NULL) + (p == NULL);
  if (y != NULL)
    for (int i = 0; i < n; i++)
      y[i] = i;
  if (z != NULL)
    for (int i = 0; i < n; i++)
      z[i] += 1;
  return nulls;
}

int main(void) {
  enum { TASKS = 12, N = 1000 };
  static double xs[N], ys[N];
  static int zs[N];
  struct point origin = {0, 0};
  int nulls[TASKS];
  for (int k = 0; k < TASKS; k++) {
    int none = k % 2 == 0;
#pragma torc task
    nulls[k] = count_null(N, none ? NULL : xs, none ? NULL : ys,
                          none ? NULL : zs, k % 3 ? NULL : &origin);
#pragma torc wait
  }
  for (int k = 0; k < TASKS; k++)
    printf("%d: %d\n", k, nulls[k]);
  printf("ys[%d] = %g, zs[%d] = %d\n", N - 1, ys[N - 1], N - 1, zs[N - 1]);
  return 0;
}
