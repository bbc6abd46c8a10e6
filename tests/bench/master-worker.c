/*
 * B3: the primary task spawns many tasks of fixed CPU work,
 * y[i] = work(x[i]), waits for them, and checks every y[i].
 *   master-worker TASKS MICROSECONDS [STEPS_PER_US]
 * prints "tasks/s: R" and "correct: yes" (or "no", with status 1).
 * MICROSECONDS is CPU time: busy() steps at STEPS_PER_US, which run-bench
 * measures once for all its runs, so that every configuration gets the
 * same work; without it, it is measured here.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <torc.h>

#include "busy.h"

uint64_t work(uint64_t x, long steps) { return busy(x, steps); }

int main(int argc, char **argv) {
  int tasks = argc > 1 ? atoi(argv[1]) : 20000;
  double microseconds = argc > 2 ? atof(argv[2]) : 10;
  double rate = argc > 3 ? atof(argv[3]) : busy_steps_per_us();
  long steps = (long)(microseconds * rate + 0.5);
  uint64_t *x = malloc(tasks * sizeof *x), *y = malloc(tasks * sizeof *y);
  for (int i = 0; i < tasks; i++) {
    x[i] = i;
    y[i] = 0;
  }
  double start = torc_gettime();
  for (int i = 0; i < tasks; i++) {
#pragma torc task
    y[i] = work(x[i], steps);
  }
#pragma torc wait
  double seconds = torc_gettime() - start;
  /* busy() is a bijection of x, so a missing, stale or misplaced result
   * cannot match by chance. */
  int done = 0;
  for (int i = 0; i < tasks; i++)
    done += y[i] == work(x[i], steps);
  printf("steps-per-task: %ld\ncompleted: %d of %d\ntasks/s: %.0f\n"
         "correct: %s\n",
         steps, done, tasks, tasks / seconds, done == tasks ? "yes" : "no");
  free(x);
  free(y);
  return done == tasks ? 0 : 1;
}
