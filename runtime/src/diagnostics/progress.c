/* progress.c: the TORC_PROGRESS line (progress.h). */
#include "diagnostics/progress.h"

#include <pthread.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "support/clock.h"
#include "support/fatal.h"

enum { TERMINAL_INTERVAL_MS = 250, LOG_INTERVAL_MS = 5000 };

static uint64_t load(atomic_uint_least64_t *c) {
  return atomic_load_explicit(c, memory_order_relaxed);
}

static void report(int last) {
  struct torc__progress_state *progress = &torc__diagnostics->progress;
  uint64_t spawned = load(&progress->spawned);
  uint64_t finished = load(&progress->finished);
  uint64_t restored = load(&progress->restored);
  uint64_t loop = load(&progress->loop_spawned);
  double seconds = (double)(torc__clock_now_ns() - progress->start_ns) * 1e-9;
  /* Restored tasks took no time; they would inflate the rate. A restore
   * is counted as restored just before it is counted as finished, so the
   * two reads may see it in one and not yet the other. */
  uint64_t ran = finished > restored ? finished - restored : 0;
  double rate = seconds > 0 ? (double)ran / seconds : 0;
  char left[64] = "";
  if (!last && loop > finished && rate > 0)
    snprintf(left, sizeof left, ", about %.0f s left",
             (double)(loop - finished) / rate + 0.5);
  char line[256];
  snprintf(line, sizeof line,
           "torc: %llu of %llu tasks finished, %llu restored, %.1f tasks/s, "
           "%.1f s%s",
           (unsigned long long)finished, (unsigned long long)spawned,
           (unsigned long long)restored, rate, seconds, left);
  /* One write per line, so that it does not interleave with the
   * program's own output on the same terminal. */
  if (progress->terminal)
    fprintf(stderr, "\r%s\033[K%s", line, last ? "\n" : "");
  else
    fprintf(stderr, "%s\n", line);
  fflush(stderr);
}

static void *report_loop(void *arg) {
  struct torc__progress_state *progress = &torc__diagnostics->progress;
  (void)arg;
  int interval = progress->terminal ? TERMINAL_INTERVAL_MS : LOG_INTERVAL_MS;
  pthread_mutex_lock(&progress->lock);
  while (!progress->stop) {
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_nsec += (long)(interval % 1000) * 1000000;
    until.tv_sec += interval / 1000 + until.tv_nsec / 1000000000;
    until.tv_nsec %= 1000000000;
    pthread_cond_timedwait(&progress->stop_cond, &progress->lock, &until);
    if (!progress->stop)
      report(0);
  }
  pthread_mutex_unlock(&progress->lock);
  return NULL;
}

void torc__progress_start(void) {
  struct torc__progress_state *progress = &torc__diagnostics->progress;
  if (!progress->on)
    return;
  progress->terminal = isatty(2);
  progress->start_ns = torc__clock_now_ns();
  progress->stop = 0;
  if (pthread_create(&progress->thread, NULL, report_loop, NULL) != 0)
    TORC_FATAL("cannot start the TORC_PROGRESS thread");
  progress->running = 1;
}

void torc__progress_stop(void) {
  struct torc__progress_state *progress = &torc__diagnostics->progress;
  if (!progress->running)
    return;
  pthread_mutex_lock(&progress->lock);
  progress->stop = 1;
  pthread_cond_signal(&progress->stop_cond);
  pthread_mutex_unlock(&progress->lock);
  pthread_join(progress->thread, NULL);
  progress->running = 0;
  report(1);
}
