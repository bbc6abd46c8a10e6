#include <stdio.h>
#include "work.h"

int main(void) {
  double x[4] = {1, -2, 3, -4};
  double t;
#pragma torc task
  t = total(4, x);
#pragma torc wait
  printf("%g\n", t);
  return 0;
}
