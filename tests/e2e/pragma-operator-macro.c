// _Pragma("torc ...") works like #pragma, also when a macro produces it.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

#define SPAWN _Pragma("torc task")
#define WAIT _Pragma("torc wait")

int triple(int x) { return 3 * x; }

int main(void) {
  int r[4];
  for (int i = 0; i < 4; i++) {
    SPAWN
    r[i] = triple(i);
  }
  WAIT
  int s;
  _Pragma("torc task")
  s = triple(100);
  _Pragma("torc wait")
  for (int i = 0; i < 4; i++)
    printf("r[%d] = %d\n", i, r[i]);
  printf("s = %d\n", s);
  return 0;
}
