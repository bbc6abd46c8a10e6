/*
 * lifecycle.h: the runtime's life cycle (torc_init, torc_launch,
 * torc_shutdown, torc_abi_main) and core/'s part of the runtime's state
 * (runtime.h), reached through torc__core.
 */
#ifndef TORC_LIFECYCLE_H
#define TORC_LIFECYCLE_H

#include <pthread.h>

#include "core/buildid.h"
#include "core/config.h"
#include "support/visibility.h"
#include "tasks/tasks.h"

enum torc__core_phase {
  TORC__OFF,
  TORC__INITED,
  TORC__LAUNCHED,
  TORC__LAUNCH_DONE,
  TORC__SHUT
};

/* The life cycle runs on one thread (the program's), so none of this needs
 * a lock, except where said; runtime threads never read it. */
struct torc__core {
  /* Kept across runs: where the life cycle is, and the lock of the exit
   * hand-over (adoption.c), which an exit may take at any time. */
  enum torc__core_phase phase;
  pthread_mutex_t exit_lock;
  pthread_cond_t exit_cond;

  /* The rest is reset before each run, from `cfg` on. */
  struct torc__config cfg;
  int mpi_owned;      /* torc_init started MPI, so shutdown ends it */
  int trace_failed;   /* node 0 could not write the TORC_TRACE file */
  int journal_failed; /* this node could not flush its journal */
  /* Errors in TORC_MPI_THREAD_LEVEL and TORC_START_TIMEOUT, read before
   * the runtime's communicator exists and reported once it does. */
  char level_error[256];
  char timeout_error[256];

  /* torc_launch(NULL) on node 0: the communication loop runs on a thread
   * of its own, and the caller is the primary task `adopted`. */
  int comm_threaded;
  pthread_t comm_thread;
  struct torc__task *adopted;

  /* exit(n) in the primary task (adoption.c); under exit_lock. */
  int exit_pending, exit_finished;
};

/* core/'s part of the runtime's state, the one way to reach it;
 * runtime.c points it into the one structure. */
extern TORC__VISIBILITY_INTERNAL struct torc__core *const torc__core;

/* Resets *torc__core for a new run, but for what it keeps across runs;
 * called by torc__runtime_reset only. */
void torc__core_reset(void);

/* The primary task's record, with `main_fn(argc, argv)` or `void_fn()` to
 * run (both NULL: the program's own thread runs it). */
struct torc__task *torc__core_make_primary(int (*main_fn)(int, char **),
                                           void (*void_fn)(void), int argc,
                                           char **argv);

/* The end of torc_launch on this node: stops the progress line and
 * prints TORC_STATS. */
void torc__core_end_launch(void);

#endif /* TORC_LIFECYCLE_H */
