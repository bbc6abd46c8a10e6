/*
 * How many steps of busy() make a microsecond of CPU time on this machine,
 * measured once by run-bench for all the runs that take a task size.
 *   calibrate    prints "steps-per-us: R"
 */
#include <stdio.h>

#include "busy.h"

int main(void) {
  /* The best of many calibrations, spread over a tenth of a second: slow
   * spells of the machine last longer than one. */
  double best = 0;
  for (int i = 0; i < 15; i++) {
    double rate = busy_steps_per_us();
    if (rate > best)
      best = rate;
  }
  printf("steps-per-us: %.1f\n", best);
  return 0;
}
