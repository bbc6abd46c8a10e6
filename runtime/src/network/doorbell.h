/*
 * doorbell.h: waking the communication thread of a node on this host.
 *
 * MPI cannot wake a thread that sleeps: a receiver either polls or blocks
 * inside MPI, and blocking would stop it from serving its workers. So the
 * nodes of one host share a small MPI window with one eventcount per node,
 * each on its own cache line. A node's communication thread sleeps on its
 * own slot (torc__network->comm_ec points there), and a node that has just sent
 * it a frame rings that slot: a fence and a load while the receiver is
 * awake, and one FUTEX_WAKE when it sleeps. A node on another host has no
 * slot; it is rung by datagram (netbell.h), or found by polling.
 *
 * Opening and closing are collective over the runtime's communicator and
 * happen on the life cycle's thread; between them the slot map is read-only
 * and any thread may ring.
 */
#ifndef TORC_DOORBELL_H
#define TORC_DOORBELL_H

#include <mpi.h>

#include "scheduling/scheduling.h"

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
struct torc__eventcount *torc__doorbell_mine(void);

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

/*
 * Wakes `node`'s communication thread after a frame was sent to it: a node
 * of this host through its slot, unless it muted it, and by datagram
 * (netbell.h) while it sleeps on its socket; a node of another host by
 * datagram, when this node has heard nothing from it for long enough that
 * it may sleep. Holding the turn.
 */
void torc__doorbell_ring(int node);

/* A frame from `node` has arrived. Holding the turn. */
void torc__doorbell_heard(int node);

/* Whether this node sleeps on its socket when it sleeps long: some node is
 * on another host, and this node has a socket. */
int torc__doorbell_socket_sleep(void);

/* This node's communication thread starts (on = 1) or stops sleeping on
 * its socket; ringers then send it datagrams. */
void torc__doorbell_on_socket(int on);

/* Whether this node's communication thread sleeps on its socket now, by a
 * relaxed load: a hint. */
int torc__doorbell_socket_sleeper(void);

/* Rings this node's own socket if its communication thread sleeps on it.
 * Any thread, after notifying torc__network->comm_ec. */
void torc__doorbell_wake_mine(void);

#endif /* TORC_DOORBELL_H */
