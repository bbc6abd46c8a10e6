// _Pragma with an L, u8 or U string works like a plain string, written
// directly or produced by a macro, and computes what the sequential build
// computes in every configuration.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

#define SPAWN _Pragma(L"torc task")

int triple(int x) { return 3 * x; }

int main(void) {
  int r[6];
  for (int i = 0; i < 6; i++) {
    SPAWN
    r[i] = triple(i);
  }
  int s;
  _Pragma(u8"torc task")
  s = triple(100);
  _Pragma(U"torc wait")
  for (int i = 0; i < 6; i++)
    printf("r[%d] = %d\n", i, r[i]);
  printf("s = %d\n", s);
  return 0;
}
