/* runtime.c: the runtime's state and its reset (runtime.h). */
#include "core/runtime.h"

struct torc__runtime torc__runtime = {
    .core =
        {
            .phase = TORC__OFF,
            .exit_lock = PTHREAD_MUTEX_INITIALIZER,
            .exit_cond = PTHREAD_COND_INITIALIZER,
        },
};

/* The layers' handles, declared beside each part's type. */
struct torc__core *const torc__core = &torc__runtime.core;
struct torc__network *const torc__network = &torc__runtime.network;
struct torc__node *const torc__node = &torc__runtime.node;
struct torc__checkpoint *const torc__checkpoint = &torc__runtime.checkpoint;
struct torc__diagnostics *const torc__diagnostics = &torc__runtime.diagnostics;

void torc__runtime_reset(void) {
  torc__core_reset();
  torc__diagnostics_reset();
  torc__checkpoint_reset();
  torc__node_reset();
  torc__network_reset();
}
