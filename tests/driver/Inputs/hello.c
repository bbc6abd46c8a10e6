/* A tiny annotated program for the driver tests. */
#include <stdio.h>

int square(int x) { return x * x; }

int main(void) {
  int r;
#pragma torc task
  r = square(7);
#pragma torc wait
  printf("%d\n", r);
  return 0;
}
