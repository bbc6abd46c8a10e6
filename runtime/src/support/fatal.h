/*
 * fatal.h: the one way the runtime stops on a broken invariant or bad input.
 *
 * Every failure goes through torc__fatal, which prints one line naming the
 * node and the place, and ends the whole job: with MPI_Abort once MPI is up
 * (so no process of the job is left waiting for a dead peer), with exit
 * status 1 before that.
 */
#ifndef TORC_FATAL_H
#define TORC_FATAL_H

#include <mpi.h>

#define TORC__STR2(x) #x
#define TORC__STR(x) TORC__STR2(x)

/* Stops the job; `where` names the place (a source position or an API call). */
_Noreturn void torc__fatal(const char *where, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* A broken invariant inside the runtime, reported at its source position. */
#define TORC_FATAL(...)                                                        \
  torc__fatal(__FILE__ ":" TORC__STR(__LINE__), __VA_ARGS__)

/* Every MPI call of the runtime is checked through this macro. */
#define TORC_MPI(call)                                                        \
  do {                                                                        \
    int torc_mpi_rc_ = (call);                                                \
    if (torc_mpi_rc_ != MPI_SUCCESS)                                          \
      torc__fatal_mpi(__FILE__ ":" TORC__STR(__LINE__), #call, torc_mpi_rc_); \
  } while (0)

_Noreturn void torc__fatal_mpi(const char *where, const char *call, int rc);

/*
 * Tells torc__fatal whether MPI is usable (initialised and not finalised)
 * and which rank to name. Called by the life cycle only.
 */
void torc__fatal_set_mpi(int up, int rank);

/* Whether torc__fatal is ending the job: an exit from inside MPI_Abort is
 * then the runtime's own, not the program's (exiting.h). */
int torc__fatal_ending(void);

/* The rank given to torc__fatal_set_mpi: this node's id, or -1 before MPI
 * is up. */
int torc__fatal_node(void);

#endif /* TORC_FATAL_H */
