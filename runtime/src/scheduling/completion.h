/*
 * completion.h: what happens on a task's origin node when it completes.
 *
 * A child that completes either queues its callback for its parent's
 * thread, or counts as finished in the parent's children count (task.h),
 * waking the parent's thread when it was the last. A checkpointed child
 * records its outputs first (checkpoint.h).
 */
#ifndef TORC_COMPLETION_H
#define TORC_COMPLETION_H

#include "checkpoint/checkpoint.h"
#include "diagnostics/diagnostics.h"
#include "tasks/tasks.h"

/* Counts one child of `parent` as finished on another thread, and wakes
 * the waiter if that was the last one. */
void torc__completion_child_elsewhere(struct torc__task *parent);

/* Queues a completed child with a callback for its parent's thread. */
void torc__completion_queue_callback(struct torc__task *t);

/* Runs the callbacks of `parent`'s completed children. Parent's thread. */
void torc__completion_run_callbacks(struct torc__task *parent);

/* Records the result and outputs of TORC__T_CHECKPOINT record `t`, whose
 * outputs are in the caller's memory, under its key. */
void torc__completion_record(struct torc__task *t);

/*
 * Completes a task that was spawned on this node, once its result and
 * outputs are in place and its result is stored: either queues the
 * callback for the parent or counts the child as finished. `running` is
 * the task the calling thread is running (a worker's current task), or
 * NULL. Any thread; inline, because every task ends here.
 */
static inline void
torc__completion_finish_stored(struct torc__task *t,
                               const struct torc__task *running) {
  if (t->flags & TORC__T_CHECKPOINT)
    torc__completion_record(t);
  torc__progress_finished();
  if (t->callback != NULL) {
    torc__completion_queue_callback(t);
    return;
  }
  struct torc__task *parent = t->parent;
  torc__task_free(t);
  /* A thread's running task is only ever one it runs, so this identifies
   * the parent's own thread. */
  if (running != NULL && parent == running)
    torc__task_child_done_here(parent);
  else
    torc__completion_child_elsewhere(parent);
}

/* Stores the result of a task spawned on this node, then completes it as
 * torc__completion_finish_stored does. */
static inline void
torc__completion_finish_local(struct torc__task *t,
                              const struct torc__task *running) {
  torc__task_store_result(t);
  torc__completion_finish_stored(t, running);
}

#endif /* TORC_COMPLETION_H */
