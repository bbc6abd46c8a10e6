/* affinity.c: widening a too narrow binding for the workers (see .h). */
#include "affinity.h"

#include <sched.h>
#include <unistd.h>

static cpu_set_t wide;
static int widen;

void torc__affinity_plan(int nworkers) {
  cpu_set_t bound;
  widen = 0;
  if (sched_getaffinity(0, sizeof bound, &bound) != 0 ||
      CPU_COUNT(&bound) >= nworkers)
    return;
  long online = sysconf(_SC_NPROCESSORS_ONLN);
  if (online <= CPU_COUNT(&bound))
    return;
  CPU_ZERO(&wide);
  for (long cpu = 0; cpu < online && cpu < CPU_SETSIZE; cpu++)
    CPU_SET((int)cpu, &wide);
  widen = 1;
}

void torc__affinity_apply(pthread_attr_t *attr) {
  /* Best effort: a container's cpuset may forbid some cores, and the
   * kernel then keeps the allowed ones; a failure leaves the binding. */
  if (widen)
    (void)pthread_attr_setaffinity_np(attr, sizeof wide, &wide);
}
