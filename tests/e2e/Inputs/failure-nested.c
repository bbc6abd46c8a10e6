#include <stdio.h>

int inner(int a, int b) {
  volatile int d = b;
  return a / d;
}

int outer(int x) {
  int r = 0;
#pragma torc task
  r = inner(x, 0);
#pragma torc wait
  return r;
}

int main(void) {
  int r = 0;
#pragma torc task node(1)
  r = outer(7);
#pragma torc wait
  printf("not reached: %d\n", r);
  return 0;
}
