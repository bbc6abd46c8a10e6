// Loops with '<=', '>' and '>=' conditions and decrements visit the same
// iterations as sequentially.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

int twice(int x) { return 2 * x; }

int main(void) {
  enum { N = 9 };
  int a[N + 1], b[N + 1], c[N + 1];
  for (int i = 0; i <= N; i++)
    a[i] = b[i] = c[i] = -1;
#pragma torc parallel for chunksize(2)
  for (int i = 1; i <= N; ++i)
    a[i] = twice(i);
#pragma torc parallel for
  for (int i = N; i > 0; i--)
    b[i] = twice(i + 100);
#pragma torc parallel for chunksize(3)
  for (int i = N; i >= 2; --i)
    c[i] = twice(i + 200);
  for (int i = 0; i <= N; i++)
    printf("%d: %d %d %d\n", i, a[i], b[i], c[i]);
  return 0;
}
