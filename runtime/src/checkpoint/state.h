/*
 * state.h: the state of checkpoint/: its part of the runtime's state
 * (core/runtime.h), reached through torc__checkpoint.
 *
 * Reset before each run by torc__runtime_reset.
 */
#ifndef TORC_CHECKPOINT_STATE_H
#define TORC_CHECKPOINT_STATE_H

#include <limits.h>
#include <pthread.h>
#include <stddef.h>
#include <time.h>

#include "support/visibility.h"

/* journal.c. The life cycle opens and closes it while no task runs; in
 * between, lookups read the index without a lock (it no longer changes)
 * and appends take `lock`. */
struct torc__journal_slot;
struct torc__journal_state {
  char path[PATH_MAX];   /* this node's journal */
  int fd;                /* open for appending; -1 when closed */
  unsigned char **files; /* the contents of every journal read at start */
  int nfiles;
  struct torc__journal_slot *slots; /* open addressing, a power of two */
  size_t nslots, nrecords;
  pthread_mutex_t lock; /* appends */
  struct timespec last_sync;
};

struct torc__checkpoint {
  /* Whether TORC_CHECKPOINT is in effect on this node: between
   * torc__checkpoint_begin and torc__checkpoint_end. */
  int on;
  struct torc__journal_state journal;
};

/* checkpoint/'s part of the runtime's state, the one way to reach it;
 * core/runtime.c points it into the one structure. */
extern TORC__VISIBILITY_INTERNAL struct torc__checkpoint
    *const torc__checkpoint;

/* Resets *torc__checkpoint for a new run; called by
 * torc__runtime_reset only. */
void torc__checkpoint_reset(void);

#endif /* TORC_CHECKPOINT_STATE_H */
