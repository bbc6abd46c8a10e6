/* fatal.c: the runtime's single fatal-error routine. */
#include "support/fatal.h"

#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/*
 * Written by the life cycle while no other runtime thread exists and read by
 * any thread that fails; relaxed is enough because a failing thread was
 * started after the write (thread creation orders it).
 */
static atomic_int mpi_up;
static atomic_int my_rank = -1;
/* Set once a thread is in torc__fatal; read by the exit handler. */
static atomic_int ending;

void torc__fatal_set_mpi(int up, int rank) {
  atomic_store_explicit(&mpi_up, up, memory_order_relaxed);
  atomic_store_explicit(&my_rank, rank, memory_order_relaxed);
}

int torc__fatal_ending(void) {
  return atomic_load_explicit(&ending, memory_order_relaxed);
}

int torc__fatal_node(void) {
  return atomic_load_explicit(&my_rank, memory_order_relaxed);
}

void torc__fatal(const char *where, const char *fmt, ...) {
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  int rank = atomic_load_explicit(&my_rank, memory_order_relaxed);
  /* Task output printed so far should not be lost with the job. */
  fflush(stdout);
  if (rank >= 0)
    fprintf(stderr, "torc: fatal error on node %d in %s: %s\n", rank, where,
            msg);
  else
    fprintf(stderr, "torc: fatal error in %s: %s\n", where, msg);
  fflush(stderr);
  /* MPI_Abort may end in exit, which is not the program's own. */
  atomic_store_explicit(&ending, 1, memory_order_relaxed);
  if (atomic_load_explicit(&mpi_up, memory_order_relaxed))
    MPI_Abort(MPI_COMM_WORLD, 1);
  _exit(1);
}

void torc__fatal_mpi(const char *where, const char *call, int rc) {
  char text[MPI_MAX_ERROR_STRING];
  int len = 0;
  if (MPI_Error_string(rc, text, &len) != MPI_SUCCESS)
    snprintf(text, sizeof text, "error code %d", rc);
  torc__fatal(where, "%s failed: %s", call, text);
}
