/*
 * comm.h: driving MPI, the communication loop and its turn.
 *
 * The runtime's MPI calls are made by whoever holds the node's *turn*: the
 * communication thread (the main thread, normally), or an idle worker.
 * The communication thread's loop receives frames and acts on their
 * records, sends what workers queued, steals work between nodes (steal.h),
 * runs spmd calls, and carries out the shutdown protocol (DESIGN.md, "Life
 * cycle"). A worker that finds no task polls MPI itself while it spins
 * (torc__comm_poll): it receives frames and sends the outbox, so a task or
 * result reaches the thread that runs it or waits for it without waking
 * another thread. One holder at a time is all MPI_THREAD_SERIALIZED asks;
 * with less, workers never take the turn.
 *
 * When there is nothing to do, the loop backs off from polling to timed
 * sleeps on torc__node.comm_ec, from which a worker queueing something, or
 * a node of this host that sent it a frame (doorbell.h), wakes it at once.
 * While a worker polls, the loop sleeps with its doorbell muted. The sleeps
 * grow to tens of milliseconds only when every other node has a doorbell.
 */
#ifndef TORC_COMM_H
#define TORC_COMM_H

#include "scheduling/node.h"

/* Readies the loop's state before any worker starts, since workers may
 * poll before the loop runs. */
void torc__comm_prepare(void);

/*
 * Runs the loop until the shutdown protocol has finished on this node: the
 * workers are joined and no runtime message is in flight. Leaves the run's
 * status in torc__node.status.
 */
void torc__comm_run(void);

/* Wakes the communication thread for something queued for it. Any thread. */
void torc__comm_wake(void);

/*
 * Worker `w`, which found no task: if the turn is free, receives what has
 * arrived and sends what is queued, and returns 1 if it did anything.
 */
int torc__comm_poll(struct torc__worker *w);

/* When a worker settles what it owes (below). */
enum torc__settle {
  TORC__SETTLE_SPAWN, /* it spawned a task to another node */
  TORC__SETTLE_TASK,  /* it is about to run a task */
  TORC__SETTLE_NOW    /* it is about to wait, sleep or leave its loop */
};

void torc__comm_settle_slow(struct torc__worker *w, enum torc__settle how);

/*
 * A worker that queued a record in the outbox owes its sending
 * (owes_send): a result goes at the worker's next poll, which follows at
 * once when it finds nothing to run. Otherwise it settles the debt here,
 * at `how`: it sends the outbox itself if the communication thread sleeps
 * or, at TORC__SETTLE_NOW, in any case, when the turn is free; else it
 * wakes that thread, and after a spawn still owes the send until it waits.
 */
static inline void torc__comm_settle(struct torc__worker *w,
                                     enum torc__settle how) {
  if (__builtin_expect(w->owes_send, 0))
    torc__comm_settle_slow(w, how);
}

#endif /* TORC_COMM_H */
