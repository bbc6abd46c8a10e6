/* api.c: identity, time and stealing control (torc.h). */
#include <time.h>

#include "network/network.h"
#include "scheduling/scheduling.h"

/* Before torc_init and after torc_shutdown, queries answer as one node
 * with one worker (torc.h). */
static int started(void) {
  return atomic_load_explicit(&torc__node->started, memory_order_relaxed);
}

TORC_API int torc_node_id(void) { return started() ? torc__node->id : 0; }

TORC_API int torc_num_nodes(void) { return started() ? torc__node->count : 1; }

TORC_API int torc_local_worker_id(void) {
  if (!started())
    return 0;
  return torc__worker_self ? torc__worker_self->local_id : -1;
}

TORC_API int torc_worker_id(void) {
  if (!started())
    return 0;
  struct torc__worker *w = torc__worker_self;
  return w ? torc__node->id * torc__node->nworkers + w->local_id : -1;
}

TORC_API int torc_num_local_workers(void) {
  return started() ? torc__node->nworkers : 1;
}

TORC_API int torc_num_workers(void) {
  return started() ? torc__node->count * torc__node->nworkers : 1;
}

TORC_API double torc_gettime(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

TORC_API void torc_enable_stealing(void) {
  atomic_store_explicit(&torc__network->stealing, 1, memory_order_relaxed);
}

TORC_API void torc_disable_stealing(void) {
  atomic_store_explicit(&torc__network->stealing, 0, memory_order_relaxed);
}
