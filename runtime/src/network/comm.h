/*
 * comm.h: driving MPI, the communication loop and its turn.
 *
 * The runtime's MPI calls are made by whoever holds the node's *turn*: the
 * communication thread (the main thread, normally), or an idle worker.
 * The communication thread's loop receives frames and acts on their
 * records, sends what workers queued, steals work between nodes (steal.h),
 * runs spmd calls, and carries out the shutdown protocol (DESIGN.md, "Life
 * cycle"). A worker that finds no task polls MPI itself while it spins
 * (the outbox's link.poll): it receives frames and sends the outbox, so a task
 * or result reaches the thread that runs it or waits for it without waking
 * another thread. One holder at a time is all MPI_THREAD_SERIALIZED asks;
 * with less, workers never take the turn.
 *
 * When there is nothing to do, the loop backs off from polling to timed
 * sleeps on torc__network->comm_ec, from which a worker queueing something, or
 * a node of this host that sent it a frame (doorbell.h), wakes it at once.
 * While a worker polls, the loop sleeps with its doorbell muted. The sleeps
 * grow to tens of milliseconds only when every other node has a doorbell.
 */
#ifndef TORC_COMM_H
#define TORC_COMM_H

/* Readies the loop's state, and installs the outbox's link to it
 * (scheduling/outbox.h), before any worker starts, since workers may poll
 * before the loop runs. */
void torc__comm_prepare(void);

/*
 * Runs the loop until the shutdown protocol has finished on this node: the
 * workers are joined and no runtime message is in flight. Leaves the run's
 * status in torc__network->status.
 */
void torc__comm_run(void);

#endif /* TORC_COMM_H */
