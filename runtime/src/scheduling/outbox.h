/*
 * outbox.h: records leaving this node, and how scheduling reaches the
 * layer that sends them.
 *
 * A task placed on another node, and the RESULT of a task that came from
 * one, are queued here; the communication layer (network/comm.h) sends
 * them. Scheduling never calls that layer directly: before any worker
 * starts, that layer installs the calls below (the link), through which a
 * worker wakes the communication thread, settles what it queued, and
 * drives MPI itself while it has nothing to run.
 */
#ifndef TORC_OUTBOX_H
#define TORC_OUTBOX_H

#include <stdatomic.h>

#include "scheduling/inbox.h"
#include "tasks/tasks.h"

struct torc__worker;

/* When a worker settles what it queued (torc__worker_settle). */
enum torc__outbox_settle_at {
  TORC__SETTLE_SPAWN, /* it spawned a task to another node */
  TORC__SETTLE_TASK,  /* it is about to run a task */
  TORC__SETTLE_NOW    /* it is about to wait, sleep or leave its loop */
};

/* The communication layer's side, installed by it before workers start. */
struct torc__outbox_link {
  /* Wakes the communication thread for something queued for it. */
  void (*wake)(void);
  /* Worker `w` found no task: if nobody else drives MPI, receives what
   * has arrived and sends what is queued; returns 1 if it did anything. */
  int (*poll)(struct torc__worker *w);
  /* Settles what worker `w` owes (torc__worker_settle, worker.h). */
  void (*settle)(struct torc__worker *w, enum torc__outbox_settle_at at);
};

struct torc__outbox {
  /* Records to send: TASK to dest_node, or RESULT to origin_node. */
  struct torc__inbox queue;

  /* Set by the communication layer before workers start; read-only while
   * they run. */
  struct torc__outbox_link link;
  /* Whether idle workers drive MPI (link.poll): there are other nodes,
   * and MPI allows calls from any one thread at a time. */
  int workers_poll;

  /* Workers that look for work and poll MPI while they look (relaxed). */
  atomic_int pollers;
  /* Tasks this node sent to others whose RESULT has not come back; written
   * by the communication layer, read relaxed by anyone. */
  atomic_int results_awaited;
  /* Nodes whose steal request this node refused and that have not been
   * given a task since (network/steal.h). The communication thread writes
   * it (relaxed); a worker that places a task reads it (relaxed, after the
   * fence of its work_ec notify) and wakes the communication thread, which
   * pushes the task. A stale zero delays a push, see steal.h. */
  atomic_int hungry_peers;
};

/* Queues a record for whoever drives MPI next. Any thread. */
void torc__outbox_put(struct torc__task *t);

/* Takes every queued record, oldest first, linked through `next`. */
struct torc__task *torc__outbox_take_all(void);

/* Whether records are queued. Any thread. */
int torc__outbox_nonempty(void);

/* Wakes the communication thread. Any thread. */
void torc__outbox_wake(void);

#endif /* TORC_OUTBOX_H */
