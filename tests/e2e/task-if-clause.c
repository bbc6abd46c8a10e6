// if(expr) false runs the call inline, at once; true spawns it. Either way
// the results are those of the sequential program.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

int tree_sum(int depth) {
  if (depth == 0)
    return 1;
  int left, right;
#pragma torc task if(depth > 3)
  left = tree_sum(depth - 1);
#pragma torc task if(depth > 3)
  right = tree_sum(depth - 1);
#pragma torc wait
  return left + right + 1;
}

int twice(int x) { return 2 * x; }

int main(void) {
  int inline_result = 0;
  /* Inline: the value is there before any wait. */
#pragma torc task if(0)
  inline_result = twice(21);
  printf("before wait: %d\n", inline_result);
  int total;
#pragma torc task
  total = tree_sum(10);
#pragma torc wait
  printf("tree: %d\n", total);
  return 0;
}
