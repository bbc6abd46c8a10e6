/*
 * steal.h: work stealing between nodes.
 *
 * Runs on the communication thread only, so its state needs no lock. While
 * some worker of this node is idle, the node asks a random other node for
 * work, one request at a time; the victim steals the oldest task of one of
 * its workers (or a movable one from an inbox) and sends it, or refuses.
 *
 * Refusals must not turn into a ping-pong while every node is idle, since
 * each request wakes the victim:
 *   - the thief backs off after each refusal and, after a round of them in
 *     a row, goes dormant: it asks again only when a task arrives, when its
 *     workers have been busy, or after a long safety period;
 *   - the victim records the refused node as hungry, and pushes it a task
 *     (TORC__W_PUSHED) as soon as it has one to spare. Workers that place a
 *     task wake the communication thread for this while hungry nodes exist
 *     (torc__node->outbox.hungry_peers). A push does not answer the thief's
 *     request: the refusal or task that does is still on its way, and the
 *     thief waits for it before the shutdown barrier.
 * A worker that reads a stale zero hungry count does not wake the
 * communication thread; the push then waits for its next round, and the
 * thief's safety period bounds the delay.
 */
#ifndef TORC_STEAL_H
#define TORC_STEAL_H

#include <stdint.h>

/* Seeds the choice of victims and makes room for the hungry nodes, before
 * the loop starts; frees that room after it ends. */
void torc__steal_begin(void);
void torc__steal_end(void);

/* Sends a request if workers are idle and the backoff allows. Returns 1 if
 * it sent one. Only while the run is running. */
int torc__steal_ask(void);

/* Answers a request from `source`: a task while `running`, else (or when
 * there is none to spare) a refusal. */
void torc__steal_answer(int source, int running);

/* This node's request was refused. */
void torc__steal_refused(void);

/* A TASK record with these wire flags arrived (the last of a bundle). */
void torc__steal_arrived(uint32_t wire_flags);

/* Pushes spare tasks to hungry nodes. Returns 1 if it sent any. Only while
 * the run is running. */
int torc__steal_feed(void);

/* Whether this node's request has not been answered yet. */
int torc__steal_awaiting(void);

#endif /* TORC_STEAL_H */
