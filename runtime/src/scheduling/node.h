/*
 * node.h: the state of this node (process) while the runtime runs.
 *
 * One instance, torc__node. Fields set by the life cycle before any runtime
 * thread starts are read-only afterwards (thread creation publishes them);
 * the others say how they are protected.
 */
#ifndef TORC_NODE_H
#define TORC_NODE_H

#include <mpi.h>
#include <pthread.h>
#include <stdatomic.h>

#include "core/config.h"
#include "scheduling/deque.h"
#include "scheduling/eventcount.h"
#include "scheduling/inbox.h"
#include "diagnostics/stats.h"
#include "tasks/task.h"

struct torc__worker {
  struct torc__deque deque;
  struct torc__inbox inbox;
  /* The task this worker is running, innermost first; its own thread only. */
  struct torc__task *current;
  struct torc__stats stats; /* its own thread only, see stats.h */
  unsigned rng;             /* victim choice; its own thread only */
  int local_id;
  int has_thread;           /* set by the life cycle */
  pthread_t thread;
  struct torc__task *first; /* run before serving (the primary), or NULL */
  /* This worker queued a record in the outbox and has not yet sent it or
   * woken the communication thread for it (comm.h); its own thread only. */
  int owes_send;
};

struct torc__spmd_call;

struct torc__node {
  /* Read-only while the runtime runs. */
  int id, count, nworkers;
  int host_rank, host_nodes; /* this node among the nodes of its host */
  struct torc__config cfg;
  int thread_level;
  MPI_Comm comm; /* the runtime's private duplicate of MPI_COMM_WORLD */
  struct torc__worker *workers;

  /* Idle workers sleep here; anyone publishing work notifies it. */
  struct torc__ec work_ec;
  /* The communication thread sleeps here with a timeout; workers notify it
   * when they queue something for it, and nodes on this host ring it after
   * sending a frame here. Points to this node's doorbell slot (doorbell.h),
   * or to comm_ec_private when there is none. */
  struct torc__ec *comm_ec;
  struct torc__ec comm_ec_private;

  /* Whose turn it is to make the runtime's MPI calls (comm.h): nonzero
   * while a thread holds it. */
  _Alignas(TORC__CACHE_LINE) atomic_int mpi_turn;
  /* Workers that look for work and poll MPI while they look (relaxed). */
  atomic_int pollers;
  /* Polls workers have made; written holding the turn, read relaxed by the
   * communication thread to tell whether workers still poll. */
  atomic_uint worker_polls;
  /* Tasks this node sent to others whose RESULT has not come back; written
   * holding the turn, read relaxed by anyone. */
  atomic_int results_awaited;
  /* Whether idle workers take the turn: there are other nodes, and MPI
   * allows calls from any one thread at a time. Read-only. */
  int workers_poll;

  /* Workers asleep for lack of work: they add (relaxed) around sleeping;
   * the communication thread reads it to decide on asking other nodes. */
  atomic_int idle_workers;
  atomic_int stealing; /* inter-node stealing on/off; relaxed */
  /* Nodes whose steal request this node refused and that have not been
   * given a task since (steal.h). The communication thread writes it
   * (relaxed); a worker that places a task reads it (relaxed, after the
   * fence of its work_ec notify) and wakes the communication thread, which
   * pushes the task. A stale zero delays a push, see steal.h. */
  atomic_int hungry_peers;
  atomic_int stop;     /* workers leave their loop; set by the comm thread */

  /* Set (release) when the primary task has completed on node 0; its
   * status is written before. */
  atomic_int primary_done;
  int primary_status;
  int status; /* the run's status, known to every node after shutdown */

  /* Records for the communication thread to send (TASK to dest_node, or
   * RESULT to origin_node), linked through `next`; under out_lock. */
  pthread_mutex_t out_lock;
  struct torc__task *out_head, *out_tail;

  /* spmd calls waiting for the communication thread; under out_lock. */
  struct torc__spmd_call *spmd_head;

  /* Counters of the communication loop; whoever holds the turn. */
  struct torc__stats comm_stats;

  /* The primary task's cyclic placement counter; the primary's thread. */
  unsigned long cyclic;
};

extern struct torc__node torc__node;

/* The worker running on this thread, or NULL. */
extern _Thread_local struct torc__worker *torc__self;

/* Whether tasks are being scheduled (between launch and the end of the
 * run); written by the life cycle, read relaxed anywhere. */
extern atomic_int torc__running;

/* Whether torc_init has run and torc_shutdown has not; written by the life
 * cycle, read relaxed by the identity queries. */
extern atomic_int torc__started;

/* Queues a record for whoever drives MPI next (comm.h). Any thread. */
void torc__outbox_put(struct torc__task *t);

#endif /* TORC_NODE_H */
