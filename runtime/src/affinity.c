/* affinity.c: where worker threads run (see affinity.h). */
#include "affinity.h"

#include <sched.h>
#include <unistd.h>

static cpu_set_t allowed; /* the cores the workers may use */
static int widen;         /* `allowed` is wider than the process binding */
static int pin_base = -1; /* worker w gets the (pin_base + w)-th allowed
                             core, or -1: no pinning */

void torc__affinity_plan(int nworkers, int host_rank, int host_nodes) {
  widen = 0;
  pin_base = -1;
  if (sched_getaffinity(0, sizeof allowed, &allowed) != 0)
    return;
  long online = sysconf(_SC_NPROCESSORS_ONLN);
  if (CPU_COUNT(&allowed) < nworkers && online > CPU_COUNT(&allowed)) {
    CPU_ZERO(&allowed);
    for (long cpu = 0; cpu < online && cpu < CPU_SETSIZE; cpu++)
      CPU_SET((int)cpu, &allowed);
    widen = 1;
  }
  if ((long)host_nodes * nworkers <= CPU_COUNT(&allowed))
    pin_base = host_rank * nworkers;
}

/* The n-th core of `allowed`, counting from 0. */
static int nth_allowed(int n) {
  for (int cpu = 0; cpu < CPU_SETSIZE; cpu++)
    if (CPU_ISSET(cpu, &allowed) && n-- == 0)
      return cpu;
  return -1;
}

void torc__affinity_apply(pthread_attr_t *attr, int worker) {
  /* Best effort: a container's cpuset may forbid some cores, and the
   * kernel then keeps the allowed ones; a failure leaves the binding. */
  int cpu = pin_base >= 0 ? nth_allowed(pin_base + worker) : -1;
  if (cpu >= 0) {
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(cpu, &one);
    (void)pthread_attr_setaffinity_np(attr, sizeof one, &one);
  } else if (widen) {
    (void)pthread_attr_setaffinity_np(attr, sizeof allowed, &allowed);
  }
}
