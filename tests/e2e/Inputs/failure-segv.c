#include <stdio.h>
#include <stdlib.h>

int poke(int address) {
  volatile int *p = (volatile int *)(long)address;
  return *p;
}

int main(int argc, char **argv) {
  int where = argc > 1 ? atoi(argv[1]) : 1, r = 0;
#pragma torc task node(where)
  r = poke(0);
#pragma torc wait
  printf("not reached: %d\n", r);
  return 0;
}
