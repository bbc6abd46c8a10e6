/*
 * doorbell.h: waking the communication thread of a node on this host.
 *
 * MPI cannot wake a thread that sleeps: a receiver either polls or blocks
 * inside MPI, and blocking would stop it from serving its workers. So the
 * nodes of one host share a small MPI window with one eventcount per node,
 * each on its own cache line. A node's communication thread sleeps on its
 * own slot (torc__node.comm_ec points there), and a node that has just sent
 * it a frame rings that slot: a fence and a load while the receiver is
 * awake, and one FUTEX_WAKE when it sleeps. A node on another host has no
 * slot; its frames arrive unannounced, so its peers must keep polling.
 *
 * Opening and closing are collective over the runtime's communicator and
 * happen on the life cycle's thread; between them the slot map is read-only
 * and any thread may ring.
 */
#ifndef TORC_DOORBELL_H
#define TORC_DOORBELL_H

#include <mpi.h>

#include "eventcount.h"

/*
 * Creates the host's window and maps every node of `comm` on this host to
 * its slot. When MPI cannot make a shared window, no node of this host has
 * a slot and everything still works by polling.
 */
void torc__doorbell_open(MPI_Comm comm);

/* Frees the window; collective. No thread may ring or sleep on a slot any
 * more: call it after the run's last barrier, before `comm` is freed. */
void torc__doorbell_close(void);

/* This node's slot, or NULL when there is no window. */
struct torc__ec *torc__doorbell_mine(void);

/* Whether every other node has a slot, so that no frame arrives unrung. */
int torc__doorbell_covers_all(void);

/* Whether some other node has a slot, so that some frames arrive rung. */
int torc__doorbell_rung_by_others(void);

/*
 * Asks other nodes not to ring this node's slot (on = 1) or to ring it
 * again (on = 0). The communication thread mutes its slot while one of its
 * workers polls MPI (comm.h), so that frames the worker will find do not
 * wake the thread for nothing; it then sleeps with a short timeout.
 */
void torc__doorbell_mute(int on);

/* Wakes `node`'s communication thread if it has a slot, sleeps on it and has
 * not muted it. Call after the frame for it is sent. */
void torc__doorbell_ring(int node);

#endif /* TORC_DOORBELL_H */
