/*
 * node.h: the scheduling state of this node (process): scheduling/'s part
 * of the runtime's state (core/runtime.h), reached through torc__node.
 *
 * Reset before each run by torc__runtime_reset. Each group of fields
 * names who writes it; fields set before any runtime thread starts are
 * read-only afterwards (thread creation publishes them).
 */
#ifndef TORC_NODE_H
#define TORC_NODE_H

#include <pthread.h>
#include <stdatomic.h>

#include "scheduling/affinity.h"
#include "scheduling/eventcount.h"
#include "scheduling/outbox.h"
#include "support/visibility.h"

struct torc__worker;

struct torc__node {
  /* Written by the life cycle, read relaxed anywhere: whether torc_init
   * has run and torc_shutdown has not, and whether tasks are being
   * scheduled (between launch and the end of the run). */
  atomic_int started, running;

  /* Who this node is. Set by the life cycle; read-only while it runs. */
  int id, count, nworkers;
  int host_rank, host_nodes;     /* this node among the nodes of its host */
  enum torc__affinity_bind bind; /* TORC_BIND */
  struct torc__worker *workers;

  /* Idle workers sleep here; anyone publishing work notifies it. */
  struct torc__eventcount work_ec;
  /* Workers asleep for lack of work: they add (relaxed) around sleeping;
   * the communication thread reads it to decide on asking other nodes. */
  atomic_int idle_workers;
  atomic_int stop; /* workers leave their loop; set by the comm thread */

  /* Set (release) when the primary task has completed on node 0; its
   * status is written before. */
  atomic_int primary_done;
  int primary_status;
  /* The primary task's cyclic placement counter; the primary's thread. */
  unsigned long cyclic;
  /* Where the communication thread puts tasks from other nodes that name
   * no worker, round robin; that thread only. */
  unsigned incoming_next;

  /* Records for other nodes, and the way to the communication thread. */
  struct torc__outbox outbox;
};

/* scheduling/'s part of the runtime's state, the one way to reach it;
 * core/runtime.c points it into the one structure. */
extern TORC__VISIBILITY_INTERNAL struct torc__node *const torc__node;

/* Resets *torc__node for a new run; called by torc__runtime_reset only. */
void torc__node_reset(void);

#endif /* TORC_NODE_H */
