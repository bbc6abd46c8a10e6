/* comm.c: the communication thread: records in, records out, stealing
 * between nodes, and the shutdown protocol. */
#include "comm.h"

#include <sched.h>
#include <stdint.h>
#include <time.h>

#include "fatal.h"
#include "group.h"
#include "msg.h"
#include "node.h"
#include "remote.h"
#include "scheduler.h"
#include "spmd.h"
#include "transport.h"
#include "worker.h"

/* Backoff limits, in nanoseconds. */
#define STEAL_BACKOFF_MIN 10000L
#define STEAL_BACKOFF_MAX 1000000L
#define POLL_SLEEP_MAX 150000L
#define IDLE_YIELDS 16

enum phase { RUNNING, DRAINING, BARRIER, FINISHED };

/* The loop's state; the communication thread only. */
static struct {
  enum phase phase;
  int request_to;      /* node asked for work and not yet answered, or -1 */
  int refusals;        /* refusals in a row */
  int64_t next_steal;  /* no request before this time (ns) */
  MPI_Request barrier;
  unsigned rng;
  /* The bundle whose members are arriving (TORC__W_MORE), or NULL. */
  struct torc__task *incoming;
} cs;

static int64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void torc__outbox_put(struct torc__task *t) {
  t->next = NULL;
  pthread_mutex_lock(&torc__node.out_lock);
  if (torc__node.out_tail != NULL)
    torc__node.out_tail->next = t;
  else
    torc__node.out_head = t;
  torc__node.out_tail = t;
  pthread_mutex_unlock(&torc__node.out_lock);
  torc__ec_notify(&torc__node.comm_ec);
}

static int send_outbox(void) {
  pthread_mutex_lock(&torc__node.out_lock);
  struct torc__task *t = torc__node.out_head;
  torc__node.out_head = torc__node.out_tail = NULL;
  pthread_mutex_unlock(&torc__node.out_lock);
  int any = t != NULL;
  while (t != NULL) {
    struct torc__task *next = t->next;
    if (t->flags & TORC__T_REMOTE) {
      torc__remote_send_result(t);
    } else {
      torc__remote_send_task(t, t->dest_node, t->dest_worker,
                             (t->flags & TORC__T_PINNED) ? TORC__W_PINNED : 0);
      torc__node.comm_stats.sent++;
    }
    t = next;
  }
  return any;
}

/*
 * Takes a task that may leave the node: the oldest of some worker's deque,
 * else the oldest movable one of some inbox. Inboxes count because tasks
 * that arrived from other nodes wait there; without them a node that was
 * dealt too many tasks could never hand any on.
 */
static struct torc__task *steal_for_remote(void) {
  int n = torc__node.nworkers;
  cs.rng = cs.rng * 1103515245u + 12345u;
  int start = (int)((cs.rng >> 8) % (unsigned)n);
  for (int k = 0; k < n; k++) {
    struct torc__worker *v = &torc__node.workers[(start + k) % n];
    void *x = torc__deque_steal(&v->deque);
    if (x == TORC__DEQUE_ABORT)
      x = torc__deque_steal(&v->deque);
    if (x == NULL || x == TORC__DEQUE_ABORT)
      continue;
    struct torc__task *t = x;
    if (!(t->flags & TORC__T_STAYS))
      return t;
    /* This task must stay; its owner's inbox takes it back. */
    torc__inbox_put(&v->inbox, t);
    torc__ec_notify(&torc__node.work_ec);
  }
  for (int k = 0; k < n; k++) {
    struct torc__worker *v = &torc__node.workers[(start + k) % n];
    struct torc__task *t = torc__inbox_get_movable(&v->inbox, TORC__T_STAYS);
    if (t != NULL)
      return t;
  }
  return NULL;
}

static void on_steal_request(int source) {
  struct torc__task *t = cs.phase == RUNNING ? steal_for_remote() : NULL;
  if (t == NULL) {
    torc__msg_put_value(torc__xport_frame(source), TORC__REC_STEAL_REFUSED, 0);
    return;
  }
  torc__remote_send_task(t, source, -1, TORC__W_STOLEN);
  torc__node.comm_stats.given++;
  torc__node.comm_stats.sent++;
}

static void on_refused(void) {
  cs.request_to = -1;
  torc__node.comm_stats.steal_refused++;
  int shift = cs.refusals < 7 ? cs.refusals : 7;
  long delay = STEAL_BACKOFF_MIN << shift;
  cs.next_steal = now_ns() + (delay < STEAL_BACKOFF_MAX ? delay : STEAL_BACKOFF_MAX);
  cs.refusals++;
}

static void on_task(struct torc__reader *body, int source) {
  int worker;
  uint32_t flags;
  struct torc__task *t = torc__remote_recv_task(body, source, &worker, &flags);
  torc__node.comm_stats.received++;
  if (flags & TORC__W_PINNED)
    t->flags |= TORC__T_PINNED;
  if ((flags & TORC__W_MORE) || cs.incoming != NULL) {
    if (cs.incoming == NULL)
      cs.incoming = torc__bundle_new(t->flags & TORC__T_PINNED);
    torc__bundle_add(cs.incoming, t);
    if (flags & TORC__W_MORE)
      return;
    t = cs.incoming;
    cs.incoming = NULL;
    torc__bundle_close(t);
  }
  if (flags & TORC__W_STOLEN) {
    cs.request_to = -1;
    cs.refusals = 0;
    torc__node.comm_stats.stolen++;
  }
  torc__sched_place_incoming(t, worker);
}

static void begin_drain(int status) {
  torc__node.status = status;
  if (cs.phase == RUNNING)
    cs.phase = DRAINING;
}

static void dispatch(uint32_t kind, struct torc__reader *body, int source) {
  switch (kind) {
  case TORC__REC_TASK:
    on_task(body, source);
    break;
  case TORC__REC_RESULT:
    torc__remote_recv_result(body, source);
    break;
  case TORC__REC_STEAL_REQUEST:
    on_steal_request(source);
    break;
  case TORC__REC_STEAL_REFUSED:
    on_refused();
    break;
  case TORC__REC_SPMD:
    torc__spmd_run_remote(body, source);
    break;
  case TORC__REC_SPMD_DONE:
    torc__spmd_done(torc__msg_get_value(body));
    break;
  case TORC__REC_SHUTDOWN:
    begin_drain((int)(int64_t)torc__msg_get_value(body));
    break;
  default:
    torc__fatal("torc message", "node %d sent a record of unknown kind %u",
                source, kind);
  }
}

static int receive(void) {
  struct torc__reader frame, body;
  int any = 0;
  /* A bounded batch, so that sends are not starved by a busy sender. */
  for (int i = 0; i < 64 && torc__xport_poll(&frame); i++) {
    uint32_t kind;
    while (torc__msg_next(&frame, &kind, &body))
      dispatch(kind, &body, frame.source);
    any = 1;
  }
  return any;
}

/* Node 0: the primary task has returned, so every task has completed. */
static int check_primary(void) {
  if (cs.phase != RUNNING ||
      !atomic_load_explicit(&torc__node.primary_done, memory_order_acquire))
    return 0;
  for (int n = 0; n < torc__node.count; n++)
    if (n != torc__node.id)
      torc__msg_put_value(torc__xport_frame(n), TORC__REC_SHUTDOWN,
                          (uint64_t)(int64_t)torc__node.primary_status);
  begin_drain(torc__node.primary_status);
  return 1;
}

static int maybe_steal(void) {
  if (cs.phase != RUNNING || torc__node.count < 2 || cs.request_to >= 0 ||
      !atomic_load_explicit(&torc__node.stealing, memory_order_relaxed))
    return 0;
  if (atomic_load_explicit(&torc__node.idle_workers, memory_order_relaxed) == 0) {
    cs.refusals = 0;
    cs.next_steal = 0;
    return 0;
  }
  if (now_ns() < cs.next_steal)
    return 0;
  cs.rng = cs.rng * 1103515245u + 12345u;
  int victim = (int)((cs.rng >> 8) % (unsigned)(torc__node.count - 1));
  if (victim >= torc__node.id)
    victim++;
  torc__msg_put_value(torc__xport_frame(victim), TORC__REC_STEAL_REQUEST, 0);
  cs.request_to = victim;
  torc__node.comm_stats.steal_requests++;
  return 1;
}

/* Advances the shutdown protocol; returns 1 when it made progress. */
static int shutdown_step(void) {
  if (cs.phase == DRAINING && cs.request_to < 0) {
    /* Every task has completed; the workers only wait to be told. */
    torc__workers_stop();
    TORC_MPI(MPI_Ibarrier(torc__node.comm, &cs.barrier));
    cs.phase = BARRIER;
    return 1;
  }
  if (cs.phase == BARRIER) {
    int done = 0;
    TORC_MPI(MPI_Test(&cs.barrier, &done, MPI_STATUS_IGNORE));
    if (done)
      cs.phase = FINISHED;
    return done;
  }
  return 0;
}

static int has_queued(void) {
  pthread_mutex_lock(&torc__node.out_lock);
  int queued = torc__node.out_head != NULL || torc__node.spmd_head != NULL;
  pthread_mutex_unlock(&torc__node.out_lock);
  return queued ||
         atomic_load_explicit(&torc__node.primary_done, memory_order_relaxed);
}

/* Nothing happened: yield a few times, then sleep a little longer each time,
 * unless a worker queues something meanwhile. */
static void back_off(int idle_rounds) {
  if (idle_rounds < IDLE_YIELDS) {
    sched_yield();
    return;
  }
  int shift = idle_rounds - IDLE_YIELDS;
  long sleep = shift < 20 ? 1000L << shift : POLL_SLEEP_MAX;
  if (sleep > POLL_SLEEP_MAX)
    sleep = POLL_SLEEP_MAX;
  uint32_t key = torc__ec_prepare(&torc__node.comm_ec);
  if (has_queued() && cs.phase == RUNNING) {
    torc__ec_cancel(&torc__node.comm_ec);
    return;
  }
  torc__ec_wait(&torc__node.comm_ec, key, sleep);
}

void torc__comm_run(void) {
  cs.phase = RUNNING;
  cs.request_to = -1;
  cs.refusals = 0;
  cs.next_steal = 0;
  cs.rng = 2654435761u * (unsigned)(torc__node.id + 1);
  int idle_rounds = 0;
  while (cs.phase != FINISHED) {
    int busy = receive();
    busy |= send_outbox();
    busy |= torc__spmd_poll();
    busy |= check_primary();
    busy |= maybe_steal();
    busy |= torc__xport_flush();
    busy |= torc__xport_progress();
    busy |= shutdown_step();
    idle_rounds = busy ? 0 : idle_rounds + 1;
    if (!busy)
      back_off(idle_rounds);
  }
  torc__xport_drain();
}
