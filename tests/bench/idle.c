/*
 * B5/B6: the primary task computes alone for SECONDS while the last node
 * has nothing to do, then sends that node one tiny task.
 *   idle SECONDS    prints "idle-cpu-s: C" (CPU seconds the idle node used
 *                   meanwhile) and "wakeup-us: T" (the tiny task's round
 *                   trip after the idle period)
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include <torc.h>

/* CPU seconds this process has used so far, all threads together. */
double cpu_seconds(int unused) {
  (void)unused;
  struct rusage u;
  getrusage(RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec + u.ru_utime.tv_usec * 1e-6 + u.ru_stime.tv_sec +
         u.ru_stime.tv_usec * 1e-6;
}

static void compute_alone(double seconds) {
  volatile double x = 0;
  double end = torc_gettime() + seconds;
  while (torc_gettime() < end)
    x = x + 1;
}

int main(int argc, char **argv) {
  double seconds = argc > 1 ? atof(argv[1]) : 2.0;
  int last = torc_num_nodes() - 1;
  double before, after, ignored;
#pragma torc task node(last)
  before = cpu_seconds(0);
#pragma torc wait
  compute_alone(seconds);
#pragma torc task node(last)
  after = cpu_seconds(0);
#pragma torc wait
  /* The second task above ended the idle period; idle again, briefly. */
  compute_alone(seconds < 1.0 ? seconds : 1.0);
  double start = torc_gettime();
#pragma torc task node(last)
  ignored = cpu_seconds(0);
#pragma torc wait
  double wakeup = torc_gettime() - start;
  (void)ignored;
  printf("idle-cpu-s: %.4f\nwakeup-us: %.1f\n", after - before, wakeup * 1e6);
  return 0;
}
