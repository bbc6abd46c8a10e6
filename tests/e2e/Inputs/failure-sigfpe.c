#include <stdio.h>

int divide(int a, int b) {
  volatile int d = b;
  return a / d;
}

int main(void) {
  int r = 0;
#pragma torc task node(1)
  r = divide(1, 0);
#pragma torc wait
  printf("not reached: %d\n", r);
  return 0;
}
