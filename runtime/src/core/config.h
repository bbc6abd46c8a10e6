/*
 * config.h: the runtime's environment variables, parsed and validated.
 *
 * Parsing is a pure function of the variables' values, so unit tests can
 * check it without touching the process environment; the life cycle feeds
 * it getenv and decides, collectively, what to do with an error.
 */
#ifndef TORC_CONFIG_H
#define TORC_CONFIG_H

#include <stddef.h>

#include "scheduling/scheduling.h"

#define TORC__MAX_WORKERS 4096

struct torc__config {
  int workers;  /* TORC_WORKERS, or 0 when unset (the caller picks a default) */
  int stealing; /* TORC_STEALING: 1 (default) or 0 */
  int stats;    /* TORC_STATS: 0 (default) or 1 */
  int progress; /* TORC_PROGRESS: 0 (default) or 1 */
  enum torc__affinity_bind bind; /* TORC_BIND */
  /* TORC_TRACE: the trace file's path (never empty), or NULL when unset.
   * Points into the environment. */
  const char *trace;
  /* TORC_CHECKPOINT: the journal's directory (never empty), or NULL when
   * unset. Points into the environment. */
  const char *checkpoint;
};

/* Looks a variable up; returns NULL when it is unset. */
typedef const char *(*torc__config_lookup)(const char *name);

/*
 * Reads every variable through `lookup`. Returns 0 and fills `cfg`, or
 * returns -1 and writes one line (without "torc: error: " and without a
 * newline) naming the first bad variable into `err`.
 */
int torc__config_read(torc__config_lookup lookup, struct torc__config *cfg,
                      char *err, size_t err_size);

/*
 * TORC_MPI_THREAD_LEVEL, a diagnostic knob: the thread level the runtime
 * asks MPI for, so that a lower grant can be tested (Open MPI grants what
 * is asked). Sets *level to 0 (single), 1 (funneled), 2 (serialized) or 3
 * (multiple, also when unset). Returns 0, or -1 with `err` as above. Read
 * before MPI starts, so its error is reported once MPI is up.
 */
int torc__config_thread_level(torc__config_lookup lookup, int *level,
                              char *err, size_t err_size);

/*
 * TORC_START_TIMEOUT: how many seconds the processes of a job wait for
 * each other to start the runtime (handshake.h); 60 when unset. Read
 * before the runtime's communicator exists. Returns 0, or -1 with a
 * message in `err`.
 */
#define TORC__START_TIMEOUT_DEFAULT 60
int torc__config_start_timeout(torc__config_lookup lookup, int *seconds,
                               char *err, size_t err_size);

#endif /* TORC_CONFIG_H */
