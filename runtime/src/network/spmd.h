/*
 * spmd.h: `#pragma torc spmd`, a call run once on every node.
 *
 * The calling worker hands the call to its communication thread and keeps
 * running tasks while it waits. That thread sends an SPMD record to every
 * other node, runs the call itself, and counts SPMD_DONE answers. Every
 * node runs the call on its communication thread, the thread that
 * initialised MPI, so user MPI calls there are legal at any thread level;
 * it holds the turn to drive MPI (comm.h) meanwhile, so they never overlap
 * the runtime's own traffic. A worker polling MPI that receives an SPMD
 * record queues it for that thread. That thread is no worker, so the
 * call runs inside a failure scope (failure.h): a crash or exit in it names
 * the spmd function and the line of its directive, which the SPMD record
 * carries to the other nodes.
 */
#ifndef TORC_SPMD_H
#define TORC_SPMD_H

#include "network/msg.h"

/* Runs the calls received from other nodes, answering SPMD_DONE, and starts
 * those workers have queued. Communication thread, holding the turn;
 * returns 1 if any. */
int torc__spmd_poll(void);

/* Whether calls wait for torc__spmd_poll. Any thread. */
int torc__spmd_waiting(void);

/* Reads an SPMD record from `source` and queues its call. Holding the turn. */
void torc__spmd_receive(struct torc__msg_reader *r, int source);

/* Counts an SPMD_DONE answer for the call `handle`. Holding the turn. */
void torc__spmd_done(uint64_t handle);

#endif /* TORC_SPMD_H */
