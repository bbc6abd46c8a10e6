#include <stdio.h>

/* Recurses without end; the volatile array keeps every frame alive. */
int deep(int n) {
  volatile char frame[1024];
  frame[0] = (char)n;
  return deep(n + 1) + frame[0];
}

int main(void) {
  int r = 0;
#pragma torc task node(1)
  r = deep(0);
#pragma torc wait
  printf("not reached: %d\n", r);
  return 0;
}
