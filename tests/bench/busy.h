/*
 * CPU work of a known size for the benchmarks. busy() is a chain of 64-bit
 * multiply-adds: each step needs the one before, so it cannot be shortened,
 * and its result is checked by the caller, so it cannot be left out. How
 * many steps make a microsecond is measured with this thread's CPU time, not
 * the wall clock: a task that is preempted still does all of its work,
 * rather than finishing early and looking fast.
 */
#ifndef BUSY_H
#define BUSY_H

#include <stdint.h>
#include <time.h>

static inline uint64_t busy(uint64_t x, long steps) {
  for (long i = 0; i < steps; i++)
    x = x * 6364136223846793005u + 1442695040888963407u;
  return x;
}

static inline double thread_cpu_seconds(void) {
  struct timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

/* Steps of busy() per microsecond of CPU time: the best of a few trials of
 * about a millisecond each, since a trial can still lose time to cache
 * misses and interrupts after a preemption, but never gain any. */
static inline double busy_steps_per_us(void) {
  static volatile uint64_t sink;
  const long steps = 1000000;
  double best = 0;
  for (int trial = 0; trial < 7; trial++) {
    double start = thread_cpu_seconds();
    sink = busy(sink + trial, steps);
    double rate = steps / ((thread_cpu_seconds() - start) * 1e6);
    if (rate > best)
      best = rate;
  }
  return best;
}

#endif
