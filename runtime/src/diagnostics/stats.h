/*
 * stats.h: per-node counters, printed at exit when TORC_STATS=1.
 *
 * Each worker and the communication thread own a block of counters and
 * write it with plain stores; the blocks are summed only after those threads
 * have been joined (or have stopped running tasks), so no counter is ever
 * shared on the hot path.
 */
#ifndef TORC_STATS_H
#define TORC_STATS_H

#include <stdint.h>

struct torc__stats {
  uint64_t created;        /* tasks spawned on this node */
  uint64_t executed;       /* tasks run on this node */
  uint64_t stolen;         /* tasks taken from another worker or node */
  uint64_t sent;           /* TASK records sent to other nodes */
  uint64_t received;       /* TASK records received from other nodes */
  uint64_t steal_requests; /* requests this node sent */
  uint64_t steal_refused;  /* of which refused */
  uint64_t given;          /* tasks handed to other nodes' requests */
};

void torc__stats_add(struct torc__stats *sum, const struct torc__stats *s);

/* Prints this node's line on stderr. `restored`, the checkpointed spawns
 * it completed from the journal, is NULL without TORC_CHECKPOINT, so that
 * the line of such a run keeps its form. */
void torc__stats_print(int node, const struct torc__stats *s,
                       const uint64_t *restored);

#endif /* TORC_STATS_H */
