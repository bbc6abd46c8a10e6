#include <stdio.h>

/* Each level is a task that waits for the next, on top of its worker's
 * stack, until the stack overflows: often inside malloc, whose lock the
 * crash then leaves held. */
int nest(int depth) {
  int r = 0;
  if (depth == 0)
    return 0;
#pragma torc task
  r = nest(depth - 1);
#pragma torc wait
  return r + 1;
}

int main(void) {
  int r = 0;
#pragma torc task
  r = nest(100000000);
#pragma torc wait
  printf("not reached: %d\n", r);
  return 0;
}
