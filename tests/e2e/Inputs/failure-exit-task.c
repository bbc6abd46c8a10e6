#include <stdio.h>
#include <stdlib.h>

void leave(int code) { exit(code); }

int main(void) {
#pragma torc task node(1)
  leave(3);
#pragma torc wait
  printf("not reached\n");
  return 0;
}
