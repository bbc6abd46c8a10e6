/* Built twice with different VALUEs: the same task names and signatures,
 * different results. */
#include <stdio.h>

int scale(int x) { return x * VALUE; }

int main(void) {
  int r;
#pragma torc task node(1)
  r = scale(7);
#pragma torc wait
  printf("%d\n", r);
  return 0;
}
