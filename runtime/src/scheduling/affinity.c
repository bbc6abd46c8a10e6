/* affinity.c: where worker threads run (see affinity.h). */
#include "scheduling/affinity.h"

#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Whether mpirun bound this process itself (Open MPI says so in the
 * environment it gives the process), rather than the host, a batch
 * system or the user limiting it. */
static int bound_by_mpirun(void) {
  const char *s = getenv("OMPI_MCA_orte_bound_at_launch");
  return s != NULL && strcmp(s, "1") == 0;
}

/* Fills `p->usable` and `p->widen`; returns the number of usable cores. */
static int find_usable(struct torc__affinity_plan *p) {
  p->widen = 0;
  if (sched_getaffinity(0, sizeof p->usable, &p->usable) != 0) {
    CPU_ZERO(&p->usable);
    return 0;
  }
  long online = sysconf(_SC_NPROCESSORS_ONLN);
  if (bound_by_mpirun() && online > CPU_COUNT(&p->usable)) {
    CPU_ZERO(&p->usable);
    for (long cpu = 0; cpu < online && cpu < CPU_SETSIZE; cpu++)
      CPU_SET((int)cpu, &p->usable);
    p->widen = 1;
  }
  return CPU_COUNT(&p->usable);
}

int torc__affinity_cores(void) {
  struct torc__affinity_plan p;
  int n = find_usable(&p);
  return n > 0 ? n : 1;
}

void torc__affinity_plan(struct torc__affinity_plan *p,
                         enum torc__affinity_bind bind, int nworkers,
                         int host_rank, int host_nodes) {
  p->pin_base = -1;
  int cores = find_usable(p);
  if (bind == TORC__BIND_NONE) {
    p->widen = 0;
    return;
  }
  if ((long)host_nodes * nworkers == cores)
    p->pin_base = host_rank * nworkers;
}

/* The n-th core of `p->usable`, counting from 0. */
static int nth_usable(const struct torc__affinity_plan *p, int n) {
  for (int cpu = 0; cpu < CPU_SETSIZE; cpu++)
    if (CPU_ISSET(cpu, &p->usable) && n-- == 0)
      return cpu;
  return -1;
}

void torc__affinity_apply(const struct torc__affinity_plan *p,
                          pthread_attr_t *attr, int worker) {
  /* Best effort: a container's cpuset may forbid some cores, and the
   * kernel then keeps the allowed ones; a failure leaves the binding. */
  int cpu = p->pin_base >= 0 ? nth_usable(p, p->pin_base + worker) : -1;
  if (cpu >= 0) {
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(cpu, &one);
    (void)pthread_attr_setaffinity_np(attr, sizeof one, &one);
  } else if (p->widen) {
    (void)pthread_attr_setaffinity_np(attr, sizeof p->usable, &p->usable);
  }
}
