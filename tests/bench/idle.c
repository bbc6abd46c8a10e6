/*
 * B5/B6: the primary task computes alone while the last node has nothing
 * to do, and every GAP seconds sends that node one tiny task and waits for
 * it, WAKEUPS times. The idle node's CPU time is measured over the whole
 * period, its wake-ups included, so that the wake-up latency is measured
 * while the idle cost is: a node that answers fast because it never sleeps
 * does not pass both.
 *   idle GAP WAKEUPS    prints "idle-s: S" (the length of the period),
 *                       "idle-cpu-s: C" (the CPU seconds the idle node used
 *                       in it), "wakeup-us: T" (the mean round trip of the
 *                       wake-ups) and "correct: yes" (or "no", with status
 *                       1) when every task ran on the idle node
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include <torc.h>

struct sample {
  int node;
  double cpu_seconds;
};

/* Where it ran, and the CPU seconds its process has used so far, all
 * threads together. */
struct sample cpu_sample(int unused) {
  (void)unused;
  struct rusage u;
  getrusage(RUSAGE_SELF, &u);
  struct sample s = {torc_node_id(),
                     u.ru_utime.tv_sec + u.ru_utime.tv_usec * 1e-6 +
                         u.ru_stime.tv_sec + u.ru_stime.tv_usec * 1e-6};
  return s;
}

static void compute_alone(double seconds) {
  volatile double x = 0;
  double end = torc_gettime() + seconds;
  while (torc_gettime() < end)
    x = x + 1;
}

int main(int argc, char **argv) {
  double gap = argc > 1 ? atof(argv[1]) : 1.0;
  int wakeups = argc > 2 ? atoi(argv[2]) : 2;
  int last = torc_num_nodes() - 1, misplaced = 0;
  struct sample first, now;
#pragma torc task node(last)
  first = cpu_sample(0);
#pragma torc wait
  misplaced += first.node != last;
  double start = torc_gettime(), waking = 0;
  for (int i = 0; i < wakeups; i++) {
    compute_alone(gap);
    double sent = torc_gettime();
#pragma torc task node(last)
    now = cpu_sample(0);
#pragma torc wait
    waking += torc_gettime() - sent;
    misplaced += now.node != last;
  }
  printf("idle-s: %.3f\nidle-cpu-s: %.4f\nwakeup-us: %.1f\ncorrect: %s\n",
         torc_gettime() - start, now.cpu_seconds - first.cpu_seconds,
         waking / wakeups * 1e6, misplaced == 0 ? "yes" : "no");
  return misplaced == 0 ? 0 : 1;
}
