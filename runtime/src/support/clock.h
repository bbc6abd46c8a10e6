/*
 * clock.h: the monotonic clock in nanoseconds, for the runtime's timeouts
 * and back-offs. A vDSO call: tens of nanoseconds, no system call.
 */
#ifndef TORC_CLOCK_H
#define TORC_CLOCK_H

#include <stdint.h>
#include <time.h>

static inline int64_t torc__clock_now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

#endif /* TORC_CLOCK_H */
