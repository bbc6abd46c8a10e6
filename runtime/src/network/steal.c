/* steal.c: work stealing between nodes (see steal.h). */
#include "network/steal.h"

#include <stdlib.h>

#include "diagnostics/diagnostics.h"
#include "network/msg.h"
#include "network/network.h"
#include "network/remote.h"
#include "network/transport.h"
#include "scheduling/scheduling.h"
#include "support/clock.h"
#include "support/fatal.h"
#include "support/random.h"

/* Backoff after a refusal, in nanoseconds: doubling from MIN up to MAX. */
#define BACKOFF_MIN 10000L
#define BACKOFF_MAX 1000000L
/* A dormant thief asks again after this long, in case a push went amiss. */
#define DORMANT_REASK 50000000L

void torc__steal_begin(void) {
  struct torc__steal_state *st = &torc__network->steal;
  st->rng = torc__random_seed((unsigned)torc__node->id + 1);
  st->hungry = calloc((size_t)torc__node->count, 1);
  if (st->hungry == NULL)
    TORC_FATAL("out of memory");
}

void torc__steal_end(void) { free(torc__network->steal.hungry); }

static void set_hungry(int node, int hungry) {
  struct torc__steal_state *st = &torc__network->steal;
  if (st->hungry[node] == hungry)
    return;
  st->hungry[node] = (unsigned char)hungry;
  st->nhungry += hungry ? 1 : -1;
  atomic_store_explicit(&torc__node->outbox.hungry_peers, st->nhungry,
                        memory_order_relaxed);
}

/*
 * Takes a task that may leave the node: the oldest of some worker's deque,
 * else the oldest movable one of some inbox. Inboxes count because tasks
 * that arrived from other nodes wait there; without them a node that was
 * dealt too many tasks could never hand any on.
 */
static struct torc__task *take_movable(void) {
  struct torc__steal_state *st = &torc__network->steal;
  int n = torc__node->nworkers;
  int start = (int)(torc__random_next(&st->rng) % (unsigned)n);
  for (int k = 0; k < n; k++) {
    struct torc__worker *v = &torc__node->workers[(start + k) % n];
    struct torc__task *t = torc__worker_steal_oldest(v);
    if (t == NULL)
      continue;
    if (!(t->flags & TORC__T_STAYS))
      return t;
    /* This task must stay; its owner's inbox takes it back. */
    torc__inbox_put(&v->inbox, t);
    torc__eventcount_notify(&torc__node->work_ec);
  }
  for (int k = 0; k < n; k++) {
    struct torc__worker *v = &torc__node->workers[(start + k) % n];
    struct torc__task *t = torc__inbox_get_movable(&v->inbox, TORC__T_STAYS);
    if (t != NULL)
      return t;
  }
  return NULL;
}

static void give(struct torc__task *t, int node, uint32_t wire_flags) {
  set_hungry(node, 0);
  torc__remote_send_task(t, node, -1, wire_flags);
  torc__network->comm_stats.given++;
  torc__network->comm_stats.sent++;
}

int torc__steal_ask(void) {
  struct torc__steal_state *st = &torc__network->steal;
  if (torc__node->count < 2 || st->request_to >= 0 ||
      !atomic_load_explicit(&torc__network->stealing, memory_order_relaxed))
    return 0;
  if (atomic_load_explicit(&torc__node->idle_workers, memory_order_relaxed) ==
      0) {
    /* The workers found work meanwhile: the next idle spell starts afresh. */
    st->refusals = 0;
    st->next_steal = 0;
    return 0;
  }
  if (st->next_steal != 0 && torc__clock_now_ns() < st->next_steal)
    return 0;
  int victim =
      (int)(torc__random_next(&st->rng) % (unsigned)(torc__node->count - 1));
  if (victim >= torc__node->id)
    victim++;
  torc__msg_put_value(torc__transport_frame(victim), TORC__REC_STEAL_REQUEST,
                      0);
  torc__trace_steal_ask(victim);
  st->request_to = victim;
  torc__network->comm_stats.steal_requests++;
  return 1;
}

void torc__steal_answer(int source, int running) {
  struct torc__task *t = running ? take_movable() : NULL;
  torc__trace_steal_answer(source, t != NULL);
  if (t != NULL) {
    give(t, source, TORC__W_STOLEN);
    return;
  }
  torc__msg_put_value(torc__transport_frame(source), TORC__REC_STEAL_REFUSED,
                      0);
  /* Once the run ends nobody needs work; no task could be pushed anyway. */
  if (running)
    set_hungry(source, 1);
}

void torc__steal_refused(void) {
  struct torc__steal_state *st = &torc__network->steal;
  torc__trace_steal_refused(st->request_to);
  st->request_to = -1;
  torc__network->comm_stats.steal_refused++;
  st->refusals++;
  /* Every other node has been asked about twice: they will push work when
   * they have some, so stop waking them. */
  long delay = DORMANT_REASK;
  if (st->refusals < 2 * (torc__node->count - 1)) {
    int shift = st->refusals < 8 ? st->refusals - 1 : 7;
    delay = BACKOFF_MIN << shift;
    if (delay > BACKOFF_MAX)
      delay = BACKOFF_MAX;
  }
  st->next_steal = torc__clock_now_ns() + delay;
}

void torc__steal_arrived(uint32_t wire_flags) {
  struct torc__steal_state *st = &torc__network->steal;
  /* Work is flowing again, so asking may pay off again. */
  st->refusals = 0;
  st->next_steal = 0;
  if (wire_flags & TORC__W_STOLEN)
    st->request_to = -1;
  if (wire_flags & (TORC__W_STOLEN | TORC__W_PUSHED))
    torc__network->comm_stats.stolen++;
}

int torc__steal_feed(void) {
  struct torc__steal_state *st = &torc__network->steal;
  /* The visibility check keeps the common case (nothing to spare) free of
   * steal attempts and inbox locks. */
  if (st->nhungry == 0 || !torc__worker_work_visible())
    return 0;
  int n = torc__node->count, any = 0;
  for (int k = 0; k < n && st->nhungry > 0; k++) {
    int node = (st->next_fed + k) % n;
    if (!st->hungry[node])
      continue;
    struct torc__task *t = take_movable();
    if (t == NULL)
      break;
    give(t, node, TORC__W_PUSHED);
    any = 1;
  }
  st->next_fed = (st->next_fed + 1) % n;
  return any;
}

int torc__steal_awaiting(void) { return torc__network->steal.request_to >= 0; }
