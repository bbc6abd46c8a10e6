/* handshake.c: every process of the job runs the runtime (handshake.h). */
#include "network/handshake.h"

#include <mpi.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "support/clock.h"
#include "support/fatal.h"

/* A tag the runtime's own communicator never uses, on MPI_COMM_WORLD,
 * below the 32767 every MPI allows; and a payload no program sends by
 * chance. */
#define HELLO_TAG 32766
#define HELLO 0x746f72635f68656cull /* "torc_hel" */

/* Waits for `n` requests until `deadline` (ns); returns the index of the
 * first one not complete by then, or -1. */
static int wait_until(MPI_Request *requests, int n, int64_t deadline) {
  struct timespec nap = {0, 1000000};
  for (;;) {
    int done = 0;
    TORC_MPI(MPI_Testall(n, requests, &done, MPI_STATUSES_IGNORE));
    if (done)
      return -1;
    if (torc__clock_now_ns() > deadline)
      break;
    nanosleep(&nap, NULL);
  }
  for (int i = 0; i < n; i++) {
    int done = 0;
    TORC_MPI(MPI_Test(&requests[i], &done, MPI_STATUS_IGNORE));
    if (!done)
      return i;
  }
  return -1;
}

_Noreturn static void missing(int process, int seconds) {
  fprintf(stderr, "torc: error: process %d of the job did not start the "
          "torc runtime within %d s; every process must run the same torc "
          "program (TORC_START_TIMEOUT sets the wait)\n", process, seconds);
  fflush(stderr);
  /* Ends the other processes too, which may wait in MPI forever. */
  MPI_Abort(MPI_COMM_WORLD, 1);
  exit(1);
}

void torc__handshake(int seconds) {
  int rank = 0, size = 1;
  TORC_MPI(MPI_Comm_rank(MPI_COMM_WORLD, &rank));
  TORC_MPI(MPI_Comm_size(MPI_COMM_WORLD, &size));
  if (size == 1)
    return;
  int64_t deadline = torc__clock_now_ns() + (int64_t)seconds * 1000000000;
  uint64_t hello = HELLO;
  if (rank != 0) {
    uint64_t answer = 0;
    MPI_Request r[2];
    TORC_MPI(MPI_Isend(&hello, 1, MPI_UINT64_T, 0, HELLO_TAG, MPI_COMM_WORLD,
                       &r[0]));
    TORC_MPI(MPI_Irecv(&answer, 1, MPI_UINT64_T, 0, HELLO_TAG, MPI_COMM_WORLD,
                       &r[1]));
    if (wait_until(r, 2, deadline) >= 0 || answer != HELLO)
      missing(0, seconds);
    return;
  }
  uint64_t *heard = calloc((size_t)size, sizeof *heard);
  MPI_Request *r = malloc((size_t)size * sizeof *r);
  if (heard == NULL || r == NULL)
    TORC_FATAL("out of memory for the start-up of %d processes", size);
  for (int p = 1; p < size; p++)
    TORC_MPI(MPI_Irecv(&heard[p], 1, MPI_UINT64_T, p, HELLO_TAG,
                       MPI_COMM_WORLD, &r[p - 1]));
  int late = wait_until(r, size - 1, deadline);
  if (late >= 0)
    missing(late + 1, seconds);
  for (int p = 1; p < size; p++)
    if (heard[p] != HELLO)
      missing(p, seconds);
  /* Each process posted its receive before it said hello. */
  for (int p = 1; p < size; p++)
    TORC_MPI(MPI_Send(&hello, 1, MPI_UINT64_T, p, HELLO_TAG, MPI_COMM_WORLD));
  free(heard);
  free(r);
}
