/* A sweep of checkpointed tasks, for kill and resume: each task fills a
 * curve and returns its sum; a callback counts the tasks that completed,
 * and the program prints every result. With CHECKPOINT_DIE_AT=k in the
 * environment, task k kills its own process with SIGKILL. argv: the number
 * of tasks (at most 64) and the microseconds each one sleeps. The time the
 * sweep took goes to stderr, as "sweep: T ms". */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

enum { POINTS = 16, MAX_TASKS = 64 };

/* Another LABEL makes another build of the program. */
#ifndef LABEL
#define LABEL "sweep"
#endif

static int completed;

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec * 1e3 + (double)t.tv_nsec * 1e-6;
}

void count(int *n) { ++*n; }

#pragma torc task out(curve[0:n])
double simulate(int k, int n, double damping, double *curve, int nap) {
  const char *die_at = getenv("CHECKPOINT_DIE_AT");
  if (die_at != NULL && atoi(die_at) == k)
    raise(SIGKILL);
  double x = 1.0, v = 0.0, sum = 0.0;
  for (int i = 0; i < n; i++) {
    for (int step = 0; step < 1000; step++) {
      double a = -x - damping * v;
      v += 0.001 * a;
      x += 0.001 * v;
    }
    curve[i] = x;
    sum += x;
  }
  usleep((useconds_t)nap);
  return sum;
}

/* Scales a curve in place: an `inout` section, keyed by its data at the
 * spawn and restored from its data at the end. */
#pragma torc task inout(curve[0:n])
void scale(int n, double *curve, double by) {
  for (int i = 0; i < n; i++)
    curve[i] *= by;
}

#pragma torc task in(sums[0:n])
double total(int n, const double *sums) {
  double t = 0;
  for (int i = 0; i < n; i++)
    t += sums[i];
  return t;
}

int main(int argc, char **argv) {
  int tasks = argc > 1 ? atoi(argv[1]) : 24;
  int nap = argc > 2 ? atoi(argv[2]) : 20000;
  if (tasks < 1 || tasks > MAX_TASKS)
    return 2;
  static double curves[MAX_TASKS][POINTS];
  double sums[MAX_TASKS];
  double start = now_ms();
#pragma torc parallel for checkpoint callback(count(&completed))
  for (int k = 0; k < tasks; k++)
    sums[k] = simulate(k, POINTS, 0.05 * k, curves[k], nap);
  /* Plain checkpointed tasks, spawned by the primary task after the loop. */
  for (int k = 0; k < tasks; k += 2) {
#pragma torc task checkpoint
    scale(POINTS, curves[k], 2.0);
  }
  double all;
#pragma torc task checkpoint
  all = total(tasks, sums);
#pragma torc wait
  fprintf(stderr, "sweep: %.1f ms\n", now_ms() - start);
  for (int k = 0; k < tasks; k++)
    printf("%2d %.12f %.12f\n", k, sums[k], curves[k][POINTS - 1]);
  printf("total %.12f\n", all);
  printf("%s: callbacks %d\n", LABEL, completed);
  return 0;
}
