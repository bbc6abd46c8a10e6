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

#include <pthread.h>

#include "diagnostics/diagnostics.h"
#include "scheduling/deque.h"
#include "scheduling/inbox.h"
#include "scheduling/node.h"
#include "tasks/tasks.h"

struct torc__worker {
  struct torc__deque deque;
  struct torc__inbox inbox;
  /* The task this worker is running, innermost first; its own thread only. */
  struct torc__task *current;
  struct torc__stats stats; /* its own thread only, see stats.h */
  unsigned rng;             /* victim choice; its own thread only */
  int local_id;
  int has_thread; /* set by the life cycle */
  pthread_t thread;
  struct torc__task *first; /* run before serving (the primary), or NULL */
  /* This worker queued a record in the outbox and has not yet sent it or
   * woken the communication thread for it (outbox.h); its own thread only. */
  int owes_send;
};

/* The worker running on this thread, or NULL. */
extern _Thread_local struct torc__worker *torc__worker_self;

/* A condition the loop runs until; called on the worker's own thread. */
typedef int (*torc__worker_done_fn)(void *arg);

/*
 * Runs tasks until done(arg) holds. When `owner` is not NULL, the callbacks
 * of its completed children are run too, and a child's completion wakes the
 * loop.
 */
void torc__worker_run_until(struct torc__worker *w, torc__worker_done_fn done,
                            void *arg, struct torc__task *owner);

/* Runs one task on `w`, with the implicit wait for its children. */
void torc__worker_execute(struct torc__worker *w, struct torc__task *t);

/* Waits for the children of `t`, the task `w` is running. */
void torc__worker_wait_children(struct torc__worker *w, struct torc__task *t);

/*
 * Steals the oldest task of `victim`'s deque, trying again once when the
 * first attempt lost a race (TORC__DEQUE_ABORT); NULL when that finds
 * nothing. Any thread; the victim's inbox is left to the caller, whose
 * policies differ (local stealing vs. handing work to another node).
 */
struct torc__task *torc__worker_steal_oldest(struct torc__worker *victim);

/* Whether any deque or inbox of the node looks non-empty. */
int torc__worker_work_visible(void);

/*
 * A worker that queued a record in the outbox owes its sending
 * (owes_send): a result goes at the worker's next poll, which follows at
 * once when it finds nothing to run. Otherwise it settles the debt here,
 * at `at`, through the communication layer (outbox.h): it sends the outbox
 * itself if the communication thread sleeps or, at TORC__SETTLE_NOW, in
 * any case, when nobody else drives MPI; else it wakes that thread, and
 * after a spawn still owes the send until it waits.
 */
static inline void torc__worker_settle(struct torc__worker *w,
                                       enum torc__outbox_settle_at at) {
  if (__builtin_expect(w->owes_send, 0))
    torc__node->outbox.link.settle(w, at);
}

/* Makes the calling thread worker `w`'s, or with NULL no worker's. */
void torc__worker_bind_thread(struct torc__worker *w);

/* Starts a thread for every worker with has_thread set. */
void torc__worker_start_all(void);

/* Sets stop, wakes the workers and joins their threads. */
void torc__worker_stop_all(void);

#endif /* TORC_WORKER_H */
