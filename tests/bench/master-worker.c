/*
 * B3: the primary task spawns many tasks of fixed busy work,
 * y[i] = work(x[i]), and waits for them.
 *   master-worker TASKS MICROSECONDS    prints "tasks/s: R"
 */
#include <stdio.h>
#include <stdlib.h>

#include <torc.h>

double work(double x, double microseconds) {
  double end = torc_gettime() + microseconds * 1e-6, y = x;
  while (torc_gettime() < end)
    y = y * 0.999 + 1.0;
  return y;
}

int main(int argc, char **argv) {
  int tasks = argc > 1 ? atoi(argv[1]) : 20000;
  double microseconds = argc > 2 ? atof(argv[2]) : 10;
  double *x = malloc(tasks * sizeof *x), *y = malloc(tasks * sizeof *y);
  for (int i = 0; i < tasks; i++)
    x[i] = i;
  double start = torc_gettime();
  for (int i = 0; i < tasks; i++) {
#pragma torc task
    y[i] = work(x[i], microseconds);
  }
#pragma torc wait
  double seconds = torc_gettime() - start;
  int done = 0;
  for (int i = 0; i < tasks; i++)
    done += y[i] >= x[i];
  printf("completed: %d of %d\ntasks/s: %.0f\n", done, tasks,
         tasks / seconds);
  free(x);
  free(y);
  return 0;
}
