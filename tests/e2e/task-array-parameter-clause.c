// A clause naming a C99 array parameter without a section, out(c) for
// 'double c[bs][bs]' or inout(v) for 'double v[n]', moves the parameter's
// declared extent (bs*bs elements, n elements), as no clause does.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

#pragma torc task in(a) out(c)
void square(int bs, const double a[bs][bs], double c[bs][bs]) {
  for (int i = 0; i < bs; i++)
    for (int j = 0; j < bs; j++) {
      double s = 0;
      for (int k = 0; k < bs; k++)
        s += a[i][k] * a[k][j];
      c[i][j] = s;
    }
}

#pragma torc task inout(v)
void shift(int n, double v[n], double by) {
  for (int i = 0; i < n; i++)
    v[i] += by * i;
}

int main(void) {
  enum { BS = 4, N = 7 };
  double a[BS][BS], c[BS][BS], v[N];
  for (int i = 0; i < BS; i++)
    for (int j = 0; j < BS; j++) {
      a[i][j] = i + 0.5 * j;
      c[i][j] = -1;
    }
  for (int i = 0; i < N; i++)
    v[i] = 100 + i;
#pragma torc task
  square(BS, a, c);
#pragma torc task
  shift(N, v, 2.5);
#pragma torc wait
  for (int i = 0; i < BS; i++)
    printf("c[%d] = %g %g %g %g\n", i, c[i][0], c[i][1], c[i][2], c[i][3]);
  for (int i = 0; i < N; i++)
    printf("v[%d] = %g\n", i, v[i]);
  return 0;
}
