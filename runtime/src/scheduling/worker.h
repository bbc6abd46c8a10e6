/*
 * worker.h: worker threads and the loop that finds and runs tasks.
 *
 * A worker looks for work in its own deque, its inbox, then the deques and
 * inboxes of the node's other workers from a random start. Finding nothing,
 * it spins briefly and then sleeps on the node's work eventcount, counted in
 * idle_workers so that the communication thread asks other nodes for work.
 * The same loop serves `wait` (until a task's children are done), spmd
 * (until every node has run the call) and the worker's life (until stop).
 */
#ifndef TORC_WORKER_H
#define TORC_WORKER_H

#include "scheduling/node.h"

/* A condition the loop runs until; called on the worker's own thread. */
typedef int (*torc__done_fn)(void *arg);

/*
 * Runs tasks until done(arg) holds. When `owner` is not NULL, the callbacks
 * of its completed children are run too, and a child's completion wakes the
 * loop.
 */
void torc__worker_run_until(struct torc__worker *w, torc__done_fn done,
                            void *arg, struct torc__task *owner);

/* Runs one task on `w`, with the implicit wait for its children. */
void torc__worker_execute(struct torc__worker *w, struct torc__task *t);

/* Waits for the children of `t`, the task `w` is running. */
void torc__worker_wait_children(struct torc__worker *w, struct torc__task *t);

/* Whether any deque or inbox of the node looks non-empty. */
int torc__work_visible(void);

/* Starts a thread for every worker with has_thread set. */
void torc__workers_start(void);

/* Sets stop, wakes the workers and joins their threads. */
void torc__workers_stop(void);

#endif /* TORC_WORKER_H */
