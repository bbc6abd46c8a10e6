/*
 * core.h: the runtime's life cycle (torc_init, torc_launch, torc_shutdown,
 * torc_abi_main), its state, torc__core, and the interface between the
 * files of core/.
 *
 * lifecycle.c runs the public calls in order; environment.c starts and
 * ends MPI, reads the environment and makes the checks every node agrees
 * on before a run; setup.c sets up and tears down the node's scheduling
 * and network state; adoption.c lets the program's thread be the primary
 * task (torc_launch(NULL)) and hands exit(n) in the primary over to the
 * shutdown.
 *
 * Every layer's state (torc__node, torc__network, torc__core, and those of
 * diagnostics/ and checkpoint/) is reset in one place, torc__core_reset,
 * before each run.
 */
#ifndef TORC_CORE_H
#define TORC_CORE_H

#include <pthread.h>

#include "core/buildid.h"
#include "core/config.h"
#include "support/visibility.h"
#include "tasks/task.h"

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

extern TORC__VISIBILITY_INTERNAL struct torc__core torc__core;

/* Resets every layer's state for a new run. */
void torc__core_reset(void);

/* environment.c */
void torc__core_start_mpi(int *argc, char ***argv);
void torc__core_end_mpi(void);
void torc__core_read_config(void);
void torc__core_check_same_build(void);
void torc__core_open_trace(void);
void torc__core_open_journal(void);
void torc__core_close_journal(void);

/* setup.c */
void torc__core_setup_node(void);
void torc__core_teardown_node(void);

/* adoption.c */
void torc__core_adopt_primary(void);
void torc__core_end_adopted_primary(void);
int torc__core_exit_primary(int status);
void torc__core_hand_over_exit(void);

/* lifecycle.c: the primary task's record, with `main_fn(argc, argv)` or
 * `void_fn()` to run (both NULL: the program's thread runs it), and the end
 * of torc_launch on this node. */
struct torc__task *torc__core_make_primary(int (*main_fn)(int, char **),
                                           void (*void_fn)(void), int argc,
                                           char **argv);
void torc__core_end_launch(void);

#endif /* TORC_CORE_H */
