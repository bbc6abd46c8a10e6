/*
 * progress.h: TORC_PROGRESS=1, a line on node 0's stderr about a long run.
 *
 * Node 0 counts the tasks it spawns, those of them that have finished and
 * those restored from a checkpoint journal; a thread of its own reports
 * them a few times a second, with the rate at which tasks finish. While a
 * `parallel for` that node 0 ran waits for its tasks, the line adds how
 * long the rest should take at that rate. On a terminal the line is
 * rewritten in place; otherwise a plain line goes out every few seconds,
 * so that a batch log stays readable, and a last one when the run ends.
 *
 * Off, it costs a test of one flag per spawn and per completion.
 */
#ifndef TORC_PROGRESS_H
#define TORC_PROGRESS_H

#include <stdatomic.h>
#include <stdint.h>

#include "diagnostics/state.h"

static inline void torc__progress_add(atomic_uint_least64_t *counter) {
  atomic_fetch_add_explicit(counter, 1, memory_order_relaxed);
}

/* A task spawned on this node. */
static inline void torc__progress_spawned(void) {
  if (torc__diagnostics->progress.on)
    torc__progress_add(&torc__diagnostics->progress.spawned);
}

/* A task spawned on this node has finished. */
static inline void torc__progress_finished(void) {
  if (torc__diagnostics->progress.on)
    torc__progress_add(&torc__diagnostics->progress.finished);
}

/* A spawn completed from the checkpoint journal: restored, and spawned and
 * finished at once. */
static inline void torc__progress_restored(void) {
  torc__progress_add(&torc__diagnostics->progress.restored);
  if (torc__diagnostics->progress.on) {
    torc__progress_add(&torc__diagnostics->progress.spawned);
    torc__progress_add(&torc__diagnostics->progress.finished);
  }
}

/* A `parallel for` has spawned its last task. */
static inline void torc__progress_loop_spawned(void) {
  if (torc__diagnostics->progress.on)
    atomic_store_explicit(
        &torc__diagnostics->progress.loop_spawned,
        atomic_load_explicit(&torc__diagnostics->progress.spawned,
                             memory_order_relaxed),
        memory_order_relaxed);
}

/* Starts the reporting thread; node 0, before the run's first task. */
void torc__progress_start(void);

/* Stops it and writes the last line; a no-op when it was not started. */
void torc__progress_stop(void);

#endif /* TORC_PROGRESS_H */
