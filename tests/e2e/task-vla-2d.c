// A multi-dimensional VLA parameter 'T a[n][m]' moves n*m elements.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

void transpose_add(int n, int m, int a[n][m], const int b[m][n]) {
  for (int i = 0; i < n; i++)
    for (int j = 0; j < m; j++)
      a[i][j] += b[j][i];
}

int main(void) {
  enum { N = 3, M = 5 };
  int a[N][M], b[M][N];
  for (int i = 0; i < N; i++)
    for (int j = 0; j < M; j++) {
      a[i][j] = 100 * i + j;
      b[j][i] = 1000 * j;
    }
#pragma torc task
  transpose_add(N, M, a, b);
#pragma torc wait
  for (int i = 0; i < N; i++)
    for (int j = 0; j < M; j++)
      printf("a[%d][%d] = %d\n", i, j, a[i][j]);
  return 0;
}
