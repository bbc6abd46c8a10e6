/*
 * How many steps of busy() make a microsecond of CPU time on this machine,
 * measured once by run-bench for all the runs that take a task size.
 *   calibrate    prints "steps-per-us: R"
 */
#include <stdio.h>
#include <stdlib.h>

#include "busy.h"

static int by_value(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

int main(void) {
  /* Each of busy_steps_per_us()'s answers is already the best of several
   * trials, which only lose time; the median of many, spread over a tenth
   * of a second, is the speed this machine usually runs at, not its
   * luckiest millisecond, so that a task of 10 us takes about 10 us. */
  enum { answers = 15 };
  double rate[answers];
  for (int i = 0; i < answers; i++)
    rate[i] = busy_steps_per_us();
  qsort(rate, answers, sizeof rate[0], by_value);
  printf("steps-per-us: %.1f\n", rate[answers / 2]);
  return 0;
}
