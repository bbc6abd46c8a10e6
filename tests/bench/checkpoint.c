/*
 * What the checkpoint clause costs: a `parallel for` of TASKS tiny
 * checkpointed tasks, each returning a value and writing one double, run by
 * run-bench without TORC_CHECKPOINT, with it into an empty directory (every
 * task recorded) and with it again (every task restored).
 *   checkpoint TASKS   prints "us-per-task: T", microseconds per task from
 *                      the loop's start to its end, and "correct: yes" (or
 *                      "no", with status 1)
 */
#include <stdio.h>
#include <stdlib.h>

#include <torc.h>

#pragma torc task out(y[0:1])
long tiny(long k, double *y) {
  y[0] = 0.5 * (double)k;
  return k * k;
}

int main(int argc, char **argv) {
  long tasks = argc > 1 ? atol(argv[1]) : 10000;
  long *r = malloc(tasks * sizeof *r);
  double *y = malloc(tasks * sizeof *y);
  if (tasks < 1 || r == NULL || y == NULL)
    return 2;
  for (long k = 0; k < tasks; k++) {
    r[k] = -1;
    y[k] = -1;
  }
  double start = torc_gettime();
#pragma torc parallel for checkpoint
  for (long k = 0; k < tasks; k++)
    r[k] = tiny(k, &y[k]);
  double seconds = torc_gettime() - start;
  long good = 0;
  for (long k = 0; k < tasks; k++)
    good += r[k] == k * k && y[k] == 0.5 * (double)k;
  printf("correct: %s\nus-per-task: %.3f\n", good == tasks ? "yes" : "no",
         seconds / (double)tasks * 1e6);
  free(r);
  free(y);
  return good == tasks ? 0 : 1;
}
