/* Sums weighted squares with one task per item. WEIGHT comes from the
 * target's definitions, <weights.h> from its include directories, and
 * "square.h" from this directory. */
#include <stdio.h>

#include <weights.h>

#include "square.h"

int main(void) {
  long parts[ITEMS];
  for (int i = 0; i < ITEMS; i++) {
#pragma torc task
    parts[i] = weighted_square(i);
  }
#pragma torc wait
  long total = 0;
  for (int i = 0; i < ITEMS; i++)
    total += parts[i];
  printf("total = %ld\n", total);
  return 0;
}
