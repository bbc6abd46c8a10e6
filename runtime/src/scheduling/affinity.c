/* affinity.c: where worker threads run (see affinity.h). */
#include "scheduling/affinity.h"

#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static cpu_set_t usable;  /* the cores the workers may use */
static int widen;         /* `usable` is wider than the process binding */
static int pin_base = -1; /* worker w gets the (pin_base + w)-th usable
                             core, or -1: no pinning */

/* Whether mpirun bound this process itself (Open MPI says so in the
 * environment it gives the process), rather than the host, a batch
 * system or the user limiting it. */
static int bound_by_mpirun(void) {
  const char *s = getenv("OMPI_MCA_orte_bound_at_launch");
  return s != NULL && strcmp(s, "1") == 0;
}

/* Fills `usable` and `widen`; returns the number of usable cores. */
static int find_usable(void) {
  widen = 0;
  if (sched_getaffinity(0, sizeof usable, &usable) != 0) {
    CPU_ZERO(&usable);
    return 0;
  }
  long online = sysconf(_SC_NPROCESSORS_ONLN);
  if (bound_by_mpirun() && online > CPU_COUNT(&usable)) {
    CPU_ZERO(&usable);
    for (long cpu = 0; cpu < online && cpu < CPU_SETSIZE; cpu++)
      CPU_SET((int)cpu, &usable);
    widen = 1;
  }
  return CPU_COUNT(&usable);
}

int torc__affinity_cores(void) {
  int n = find_usable();
  return n > 0 ? n : 1;
}

void torc__affinity_plan(enum torc__affinity_bind bind, int nworkers,
                         int host_rank, int host_nodes) {
  pin_base = -1;
  int cores = find_usable();
  if (bind == TORC__BIND_NONE) {
    widen = 0;
    return;
  }
  if ((long)host_nodes * nworkers == cores)
    pin_base = host_rank * nworkers;
}

/* The n-th core of `usable`, counting from 0. */
static int nth_usable(int n) {
  for (int cpu = 0; cpu < CPU_SETSIZE; cpu++)
    if (CPU_ISSET(cpu, &usable) && n-- == 0)
      return cpu;
  return -1;
}

void torc__affinity_apply(pthread_attr_t *attr, int worker) {
  /* Best effort: a container's cpuset may forbid some cores, and the
   * kernel then keeps the allowed ones; a failure leaves the binding. */
  int cpu = pin_base >= 0 ? nth_usable(pin_base + worker) : -1;
  if (cpu >= 0) {
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(cpu, &one);
    (void)pthread_attr_setaffinity_np(attr, sizeof one, &one);
  } else if (widen) {
    (void)pthread_attr_setaffinity_np(attr, sizeof usable, &usable);
  }
}
