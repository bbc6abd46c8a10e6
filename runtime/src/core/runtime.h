/*
 * runtime.h: the runtime's state, one structure, torc__runtime.
 *
 * Each layer owns one part, whose type lives in its folder beside the
 * layer's handle to it: torc__core (core/lifecycle.h), torc__network
 * (network/state.h), torc__node (scheduling/node.h), torc__checkpoint
 * (checkpoint/state.h) and torc__diagnostics (diagnostics/state.h). Each
 * group of fields inside a part says who writes it (the layer's own files,
 * or the life cycle, which sets parts up before any runtime thread starts)
 * and what protects it. The handles are constant pointers into
 * torc__runtime, so every file reaches the state the same way, through its
 * layer's handle, and a layer needs no type of the layers above it.
 *
 * torc__runtime_reset, at the start of torc_init, resets every part for
 * a new run: starting again after torc_shutdown begins from the same
 * state as the first start. What lives for the whole process is kept out
 * of this structure and says so where it is defined: the tables the
 * registration constructors fill before main (tasks/registry.c,
 * network/broadcast.c), the block cache's shared pool, and the latches of
 * the fatal-error routine, the exit handler and failure reporting.
 */
#ifndef TORC_RUNTIME_H
#define TORC_RUNTIME_H

#include "checkpoint/checkpoint.h"
#include "core/lifecycle.h"
#include "diagnostics/diagnostics.h"
#include "network/network.h"
#include "scheduling/scheduling.h"
#include "support/visibility.h"

struct torc__runtime {
  struct torc__core core;               /* the life cycle, configuration */
  struct torc__network network;         /* MPI, moving work between nodes */
  struct torc__node node;               /* workers, scheduling in the node */
  struct torc__checkpoint checkpoint;   /* the journal of finished tasks */
  struct torc__diagnostics diagnostics; /* crash reports, trace, progress */
};

/* Named only by runtime.c; everything else uses the layers' handles. */
extern TORC__VISIBILITY_INTERNAL struct torc__runtime torc__runtime;

/* Resets every part of the runtime's state for a new run. */
void torc__runtime_reset(void);

#endif /* TORC_RUNTIME_H */
