/*
 * state.h: the state of diagnostics/: its part of the runtime's state
 * (core/runtime.h), reached through torc__diagnostics.
 *
 * Reset before each run by torc__runtime_reset. Each part is its file's,
 * and says who writes it. A failure being reported (failure.c), the exit
 * handler's registration (exiting.c) and the fatal-error routine's
 * (support/fatal.c) are kept for the process's life instead: the first
 * ends the job, the others are set once.
 */
#ifndef TORC_DIAGNOSTICS_STATE_H
#define TORC_DIAGNOSTICS_STATE_H

#include <mpi.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "support/visibility.h"

/* crash.c. Written by the life cycle while no other runtime thread exists;
 * the handler only reads it. */
#define TORC__CRASH_SIGNALS 5
struct torc__crash_state {
  struct sigaction user[TORC__CRASH_SIGNALS];  /* the program's (snapshot) */
  struct sigaction saved[TORC__CRASH_SIGNALS]; /* found at install */
  int installed[TORC__CRASH_SIGNALS];
  int have_snapshot;
  unsigned char *stacks; /* the alternate signal stacks, one mapping */
  size_t nstacks;
};

/* trace.c. The life cycle writes it while no other runtime thread runs;
 * during the run a thread touches only its own buffer, and the steal
 * counters belong to the communication thread. */
struct torc__trace_buffer;
struct torc__trace_state {
  /* Set while this node records, on a line of its own: every hook reads
   * it. */
  _Alignas(64) int on;
  FILE *file; /* node 0: the open trace file */
  char *path; /* node 0: TORC_TRACE, for messages */
  int node, nodes, nworkers;
  uint64_t origin; /* torc__trace_now() at the common origin */
  char host[MPI_MAX_PROCESSOR_NAME];
  /* nworkers + 1: the last is the communication thread's. */
  struct torc__trace_buffer *buffers;
  /* Steal requests sent to / answered for each node, in order: MPI keeps
   * the records of a pair of nodes in order, so the k-th request one node
   * sends another is the k-th that one answers, and both name the same
   * flow without sending anything extra. */
  uint64_t *asked, *answered;
};

/* progress.c. The counters are atomic, added to by any thread; the rest
 * belongs to the life cycle and, under `lock`, the reporting thread. */
struct torc__progress_state {
  /* Whether this node reports progress: node 0 with TORC_PROGRESS=1. */
  int on;
  atomic_uint_least64_t spawned;
  atomic_uint_least64_t finished;
  /* Spawns completed from the checkpoint journal (checkpoint.h); counted
   * on every node, with or without TORC_PROGRESS, for TORC_STATS. */
  atomic_uint_least64_t restored;
  /* What `spawned` was when the last `parallel for` finished spawning. */
  atomic_uint_least64_t loop_spawned;
  /* The reporting thread. */
  pthread_t thread;
  pthread_mutex_t lock;
  pthread_cond_t stop_cond;
  int stop, running, terminal;
  int64_t start_ns;
};

struct torc__diagnostics {
  struct torc__crash_state crash;
  struct torc__trace_state trace;
  struct torc__progress_state progress;
};

/* diagnostics/'s part of the runtime's state, the one way to reach it;
 * core/runtime.c points it into the one structure. */
extern TORC__VISIBILITY_INTERNAL struct torc__diagnostics
    *const torc__diagnostics;

/* Resets *torc__diagnostics for a new run; called by
 * torc__runtime_reset only. */
void torc__diagnostics_reset(void);

#endif /* TORC_DIAGNOSTICS_STATE_H */
