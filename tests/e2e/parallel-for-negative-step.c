// Steps other than one: 'i -= s' with a negative direction, and
// 'i = i + s' with an invariant step held in a variable.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

int negate(int x) { return -x; }

int main(void) {
  enum { N = 30 };
  int a[N], b[N];
  for (int i = 0; i < N; i++)
    a[i] = b[i] = 0;
#pragma torc parallel for chunksize(2)
  for (int i = N - 1; i >= 0; i -= 3)
    a[i] = negate(i);
  int step = 4;
#pragma torc parallel for chunksize(3)
  for (int i = 1; i < N; i = i + step)
    b[i] = negate(i * 10);
  for (int i = 0; i < N; i++)
    printf("%d: %d %d\n", i, a[i], b[i]);
  return 0;
}
