#include <stdio.h>
#include <stdlib.h>

int twice(int x) { return 2 * x; }

static void finish(int code) { exit(code); }

int main(void) {
  int a = 0, b = 0;
#pragma torc task node(1)
  a = twice(2);
#pragma torc task node(0)
  b = twice(3);
#pragma torc wait
  printf("a = %d, b = %d\n", a, b);
  finish(a);
  printf("not reached\n");
  return 0;
}
