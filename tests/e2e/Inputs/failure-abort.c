#include <stdio.h>
#include <stdlib.h>

void give_up(int why) {
  if (why != 0)
    abort();
}

int main(void) {
#pragma torc task node(1)
  give_up(1);
#pragma torc wait
  printf("not reached\n");
  return 0;
}
