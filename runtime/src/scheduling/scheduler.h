/*
 * scheduler.h: spawning, placing and completing tasks (the ABI's task and
 * wait).
 *
 * A spawn made by the primary task is placed cyclically over every worker
 * of every node; any other spawn goes on the spawning worker's deque, and
 * stealing moves it. `node`/`worker` clauses override both, and `local`
 * keeps a task on its node.
 */
#ifndef TORC_SCHEDULER_H
#define TORC_SCHEDULER_H

#include "scheduling/completion.h"
#include "scheduling/node.h"
#include "scheduling/worker.h"

/* torc__scheduler_complete for the primary task and tasks from other nodes. */
void torc__scheduler_complete_unspawned(struct torc__task *t);

/* Completes a task that has run on this node, after its implicit wait. */
static inline void torc__scheduler_complete(struct torc__task *t) {
  if (t->flags & (TORC__T_PRIMARY | TORC__T_REMOTE)) {
    torc__scheduler_complete_unspawned(t);
    return;
  }
  struct torc__worker *self = torc__worker_self;
  torc__completion_finish_local(t, self != NULL ? self->current : NULL);
}

/*
 * Places a new record spawned by `parent` on worker `w`, by its clauses
 * (`opt` may be NULL), and completes its capture from the spawn's
 * `buffers` if some was left for later (capture.h). The spawning worker's
 * thread.
 */
void torc__scheduler_place(struct torc__worker *w, struct torc__task *parent,
                           struct torc__task *t, const torc_abi_options *opt,
                           const torc_abi_buffer *buffers);

/* Places a record received from another node on a worker of this node. */
void torc__scheduler_place_incoming(struct torc__task *t, int worker);

#endif /* TORC_SCHEDULER_H */
