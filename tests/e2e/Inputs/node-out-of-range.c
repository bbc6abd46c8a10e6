#include <stdio.h>

int twice(int x) { return 2 * x; }

int main(void) {
  int r = 0;
  int target = 5;
  /* The error names the pragma, on line 10 of this file. */
  {
#pragma torc task node(target)
    r = twice(r);
  }
#pragma torc wait
  printf("%d\n", r);
  return 0;
}
