/* stats.c: summing and printing the per-node counters. */
#include "diagnostics/stats.h"

#include <inttypes.h>
#include <stdio.h>

void torc__stats_add(struct torc__stats *sum, const struct torc__stats *s) {
  sum->created += s->created;
  sum->executed += s->executed;
  sum->stolen += s->stolen;
  sum->sent += s->sent;
  sum->received += s->received;
  sum->steal_requests += s->steal_requests;
  sum->steal_refused += s->steal_refused;
  sum->given += s->given;
}

void torc__stats_print(int node, const struct torc__stats *s,
                       const uint64_t *restored) {
  char tail[40] = "";
  if (restored != NULL)
    snprintf(tail, sizeof tail, ", restored=%" PRIu64, *restored);
  /* One fprintf, so that the lines of different nodes do not interleave. */
  fprintf(stderr,
          "node[%d]: created=%" PRIu64 ", executed=%" PRIu64
          ", stolen=%" PRIu64 ", sent=%" PRIu64 ", received=%" PRIu64
          ", steal_requests=%" PRIu64 ", steal_refused=%" PRIu64
          ", given=%" PRIu64 "%s\n",
          node, s->created, s->executed, s->stolen, s->sent, s->received,
          s->steal_requests, s->steal_refused, s->given, tail);
  fflush(stderr);
}
