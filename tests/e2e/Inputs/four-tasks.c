#include <stdio.h>

int square(int x) { return x * x; }

int main(void) {
  int r[4];
  for (int i = 0; i < 4; i++) {
#pragma torc task
    r[i] = square(i + 1);
  }
#pragma torc wait
  printf("sum = %d\n", r[0] + r[1] + r[2] + r[3]);
  return 0;
}
