/*
 * state.h: the state of network/: its part of the runtime's state
 * (core/runtime.h), reached through torc__network.
 *
 * Reset before each run by torc__runtime_reset. Each group of fields says
 * who writes it; each part below the first is its file's.
 */
#ifndef TORC_NETWORK_STATE_H
#define TORC_NETWORK_STATE_H

#include <mpi.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "diagnostics/diagnostics.h"
#include "scheduling/scheduling.h"
#include "support/visibility.h"

/* comm.c: the communication loop's; whoever holds the turn. */
enum torc__comm_phase {
  TORC__COMM_RUNNING,  /* the run goes on */
  TORC__COMM_DRAINING, /* every task has completed: stop the workers */
  TORC__COMM_BARRIER,  /* waiting for every node to get there */
  TORC__COMM_FINISHED
};
struct torc__comm_state {
  enum torc__comm_phase phase;
  MPI_Request barrier;
  /* The bundle whose members are arriving (TORC__W_MORE), or NULL. */
  struct torc__task *incoming;
  /* When the loop last found nothing to do after doing something, in
   * nanoseconds, or 0 if it has done something since. */
  int64_t quiet_since;
};

/* transport.c: the communication thread's. */
struct torc__transport_dest;
struct torc__transport_send;
struct torc__transport_state {
  MPI_Comm comm;
  int nnodes;
  struct torc__transport_dest *dests;
  /* Outstanding sends and what each reads; the request of sends[i] is
   * requests[i]. */
  struct torc__transport_send *sends;
  MPI_Request *requests;
  int *completed; /* indices MPI_Testsome fills */
  size_t nsends, sends_cap;
  /* Destinations whose flushed bulk parts wait for captured bytes, so that
   * the communication loop looks at them only while there are any. */
  int nwaiting;
  unsigned char *inframe;
};

/* sites.c: the communication thread's; the copies of other nodes' sites
 * are read by any thread that reports a failure. */
struct torc__sites_slot;
struct torc__sites_peer;
struct torc__sites_state {
  struct torc__sites_slot *slots; /* open addressing, a power of two */
  size_t nslots, used;
  struct torc__sites_peer *peers;
  int npeers;
  /* A program has few spawn sites and sends from them over and over, so
   * the last one is worth remembering. */
  const torc_abi_site *last;
  uint32_t last_id;
};

/* steal.c: the communication thread's. */
struct torc__steal_state {
  int request_to;        /* node asked for work and not yet answered, or -1 */
  int refusals;          /* refusals in a row */
  int64_t next_steal;    /* no request before this time (ns) */
  unsigned rng;          /* support/random.h */
  unsigned char *hungry; /* by node: refused and not given a task since */
  int nhungry;
  int next_fed; /* the hungry node served first by the next feed */
};

/* spmd.c. */
struct torc__spmd_call;
struct torc__spmd_state {
  /* Calls of this node's workers waiting for the communication thread,
   * under `lock`. */
  pthread_mutex_t lock;
  struct torc__spmd_call *head;
  /* Calls received from other nodes and not yet run, oldest first, linked
   * through `next`; whoever holds the turn. */
  struct torc__task *received_head, *received_tail;
  /* Whether received_head is non-empty, for threads without the turn. */
  atomic_int received_any;
};

/* doorbell.c. Written by open and close on the life cycle's thread,
 * read-only while the runtime's threads run (creating them publishes
 * them), but for the ring times. */
struct torc__doorbell_slot;
struct torc__doorbell_state {
  MPI_Comm host;                      /* MPI_COMM_NULL when closed */
  MPI_Win win;                        /* MPI_WIN_NULL without a shared window */
  struct torc__doorbell_slot **slots; /* by rank in the runtime's comm */
  struct torc__doorbell_slot *mine;   /* slots[this node], or NULL */
  int covers_all;
  int rung_by_others; /* some other node of this host has a slot */
  int self;
  /* Whether this node's communication thread sleeps on its socket: its
   * slot's flag, which nodes of its host read, or without a slot
   * on_socket_here. */
  _Atomic uint32_t on_socket_here;
  _Atomic uint32_t *on_socket;
  /* By node on another host, when this node last received a frame from it
   * and last rang it (ns); whoever holds the turn. */
  int64_t *last_heard, *last_rung;
};

/* netbell.c. Written by open and close, read-only in between. */
struct sockaddr_in;
struct torc__netbell_state {
  int sock;                  /* -1 without a socket */
  struct sockaddr_in *peers; /* by node; sin_port 0 without a socket */
  int npeers;
};

struct torc__network {
  /* Set by the life cycle; read-only while the runtime runs. */
  int thread_level; /* what MPI granted */
  MPI_Comm comm;    /* the runtime's private duplicate of MPI_COMM_WORLD */

  /* The communication thread sleeps here with a timeout; workers notify it
   * when they queue something for it, and nodes on this host ring it after
   * sending a frame here. Points to this node's doorbell slot (doorbell.h),
   * or to comm_ec_private when there is none. */
  struct torc__eventcount *comm_ec;
  struct torc__eventcount comm_ec_private;

  /* Whose turn it is to make the runtime's MPI calls (comm.h): nonzero
   * while a thread holds it. */
  _Alignas(TORC__CACHE_LINE) atomic_int mpi_turn;
  /* Polls workers have made; written holding the turn, read relaxed by the
   * communication thread to tell whether workers still poll. */
  atomic_uint worker_polls;
  /* Counters of the communication loop; whoever holds the turn. */
  struct torc__stats comm_stats;
  /* The run's status, known to every node after shutdown; the loop. */
  int status;

  atomic_int stealing; /* inter-node stealing on/off; relaxed */

  struct torc__comm_state comm_loop;
  struct torc__transport_state transport;
  struct torc__sites_state sites;
  struct torc__steal_state steal;
  struct torc__spmd_state spmd;
  struct torc__doorbell_state doorbell;
  struct torc__netbell_state netbell;
};

/* network/'s part of the runtime's state, the one way to reach it;
 * core/runtime.c points it into the one structure. */
extern TORC__VISIBILITY_INTERNAL struct torc__network *const torc__network;

/* Resets *torc__network for a new run; called by torc__runtime_reset only. */
void torc__network_reset(void);

#endif /* TORC_NETWORK_STATE_H */
