/*
 * check.h: the unit tests' assertion, which stays on in release builds.
 *
 * A failed check prints where and ends the whole MPI job when MPI is
 * running, so a failure on any node fails the test instead of hanging it.
 */
#ifndef TORC_TEST_CHECK_H
#define TORC_TEST_CHECK_H

#include <mpi.h>
#include <stdio.h>
#include <stdlib.h>

static inline void check_failed(const char *file, int line, const char *what) {
  int up = 0, down = 0;
  fprintf(stderr, "%s:%d: check failed: %s\n", file, line, what);
  fflush(stderr);
  MPI_Initialized(&up);
  MPI_Finalized(&down);
  if (up && !down)
    MPI_Abort(MPI_COMM_WORLD, 2);
  abort();
}

#define CHECK(cond)                                                           \
  do {                                                                        \
    if (!(cond))                                                              \
      check_failed(__FILE__, __LINE__, #cond);                                \
  } while (0)

#endif /* TORC_TEST_CHECK_H */
