/* setup.c: setting up and tearing down this node's scheduling and network
 * state for a run (core.h). */
#include "core/setup.h"

#include <stdlib.h>
#include <string.h>

#include "core/lifecycle.h"
#include "diagnostics/diagnostics.h"
#include "network/network.h"
#include "scheduling/scheduling.h"
#include "support/fatal.h"
#include "support/random.h"

void torc__core_setup_node(void) {
  int n = torc__node->nworkers;
  size_t bytes = (size_t)n * sizeof(struct torc__worker);
  bytes = (bytes + TORC__CACHE_LINE - 1) & ~(size_t)(TORC__CACHE_LINE - 1);
  torc__node->workers = aligned_alloc(TORC__CACHE_LINE, bytes);
  if (torc__node->workers == NULL)
    TORC_FATAL("out of memory for %d workers", n);
  memset(torc__node->workers, 0, bytes);
  /* A lone worker on the only node has no thieves: neither other workers
   * nor the communication thread, which steals for other nodes. */
  int stealable = n > 1 || torc__node->count > 1;
  for (int i = 0; i < n; i++) {
    struct torc__worker *w = &torc__node->workers[i];
    torc__deque_init(&w->deque, 256, stealable);
    torc__inbox_init(&w->inbox);
    w->local_id = i;
    w->has_thread = 1;
    w->rng = torc__random_seed((unsigned)(torc__node->id * n + i + 1));
  }
  torc__eventcount_init(&torc__node->work_ec, 0);
  torc__node->bind = torc__core->cfg.bind;
  /* Collective: every node reaches this, and before any thread that could
   * ring or sleep starts. */
  torc__doorbell_open(torc__network->comm);
  torc__network->comm_ec = torc__doorbell_mine();
  if (torc__network->comm_ec == NULL) {
    torc__eventcount_init(&torc__network->comm_ec_private, 0);
    torc__network->comm_ec = &torc__network->comm_ec_private;
  }
  /* Workers may make MPI calls, one at a time, when MPI allows it; the
   * node's only peer is itself otherwise. */
  torc__node->outbox.workers_poll =
      torc__node->count > 1 &&
      torc__network->thread_level >= MPI_THREAD_SERIALIZED;
  atomic_init(&torc__network->stealing, torc__core->cfg.stealing);
  torc__transport_init(torc__network->comm, torc__node->id, torc__node->count);
  torc__sites_init(torc__node->count);
  torc__comm_prepare();
  /* Alternate stacks: one per worker, one for torc_launch(NULL)'s
   * communication thread, and the last for this thread. */
  torc__crash_install(n + 2);
}

void torc__core_teardown_node(void) {
  for (int i = 0; i < torc__node->nworkers; i++) {
    torc__deque_destroy(&torc__node->workers[i].deque);
    torc__inbox_destroy(&torc__node->workers[i].inbox);
  }
  free(torc__node->workers);
  torc__node->workers = NULL;
  torc__transport_destroy();
  torc__sites_destroy();
  /* The run's last barrier has passed and every thread that rang or slept
   * on a slot has ended; the communicator is freed after this. */
  torc__doorbell_close();
  torc__network->comm_ec = NULL;
}
