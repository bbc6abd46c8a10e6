/*
 * spmd.h: `#pragma torc spmd`, a call run once on every node.
 *
 * The calling worker hands the call to its communication thread and keeps
 * running tasks while it waits. That thread sends an SPMD record to every
 * other node, runs the call itself, and counts SPMD_DONE answers. Every
 * node runs the call on its communication thread, the thread that
 * initialised MPI, so user MPI calls there are legal at any thread level and
 * never overlap the runtime's own traffic. That thread is no worker, so the
 * call runs inside a failure scope (failure.h): a crash or exit in it names
 * the spmd function and the line of its directive, which the SPMD record
 * carries to the other nodes.
 */
#ifndef TORC_SPMD_H
#define TORC_SPMD_H

#include "msg.h"

/* Starts the calls workers have queued. Comm thread; returns 1 if any. */
int torc__spmd_poll(void);

/* Runs an SPMD record from `source` and answers SPMD_DONE. Comm thread. */
void torc__spmd_run_remote(struct torc__reader *r, int source);

/* Counts an SPMD_DONE answer for the call `handle`. Comm thread. */
void torc__spmd_done(uint64_t handle);

#endif /* TORC_SPMD_H */
