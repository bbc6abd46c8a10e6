// Prints, for every worker of this node that ran a task, the cores its
// thread may run on. worker(g) only queues a task on worker g (a worker
// of the same node may take it), so every task reports the worker that
// really ran it, and many small tasks make sure every worker runs some.
#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>

#include <torc.h>

#define TASKS 400

struct report {
  int worker;
  unsigned long cores; /* bit i: core i */
};

/* Burns some CPU time, so that no single worker runs every task. */
static double busy(int i) {
  double x = i;
  for (int k = 0; k < 200000; k++)
    x = x * 0.999999 + 1.0;
  return x;
}

struct report where_am_i(int i) {
  struct report r = {torc_worker_id(), 0};
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0)
    for (int cpu = 0; cpu < 64; cpu++)
      if (CPU_ISSET(cpu, &set))
        r.cores |= 1ul << cpu;
  if (busy(i) < 0)
    r.worker = -1;
  return r;
}

int main(void) {
  int workers = torc_num_local_workers();
  static struct report reports[TASKS];
  for (int i = 0; i < TASKS; i++) {
#pragma torc task local
    reports[i] = where_am_i(i);
  }
#pragma torc wait
  for (int w = 0; w < workers; w++) {
    unsigned long seen = 0;
    int ran = 0;
    for (int i = 0; i < TASKS; i++)
      if (reports[i].worker == w) {
        seen |= reports[i].cores;
        ran++;
      }
    printf("worker %d of %d", w, workers);
    if (ran == 0) {
      printf(" ran no task\n");
      continue;
    }
    printf(" cores:");
    for (int cpu = 0; cpu < 64; cpu++)
      if (seen & (1ul << cpu))
        printf(" %d", cpu);
    printf("\n");
  }
  return 0;
}
