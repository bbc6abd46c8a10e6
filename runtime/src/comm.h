/*
 * comm.h: the communication thread's loop.
 *
 * One thread per node (the main thread, normally) makes every MPI call of
 * the runtime. Its loop receives frames and acts on their records, sends
 * what workers queued, steals work between nodes (steal.h), runs spmd
 * calls, and carries out the shutdown protocol (DESIGN.md, "Life cycle").
 * When there is nothing to do it backs off from polling to timed sleeps on
 * torc__node.comm_ec, from which a worker queueing something, or a node of
 * this host that sent it a frame (doorbell.h), wakes it at once. The sleeps
 * grow to tens of milliseconds only when every other node has a doorbell.
 */
#ifndef TORC_COMM_H
#define TORC_COMM_H

/*
 * Runs the loop until the shutdown protocol has finished on this node: the
 * workers are joined and no runtime message is in flight. Leaves the run's
 * status in torc__node.status.
 */
void torc__comm_run(void);

#endif /* TORC_COMM_H */
