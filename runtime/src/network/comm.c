/* comm.c: driving MPI: records in, records out, the shutdown protocol, whose
 * turn it is, and the communication thread's sleeping. */
#include "network/comm.h"

#include <sched.h>
#include <stdint.h>

#include "diagnostics/diagnostics.h"
#include "network/doorbell.h"
#include "network/msg.h"
#include "network/netbell.h"
#include "network/network.h"
#include "network/remote.h"
#include "network/sites.h"
#include "network/spmd.h"
#include "network/steal.h"
#include "network/transport.h"
#include "scheduling/scheduling.h"
#include "support/clock.h"
#include "support/fatal.h"
#include "tasks/tasks.h"

/* Idle rounds that only yield before the loop starts to sleep. */
#define IDLE_YIELDS 16
/* Sleeps double from 1 us up to one of these, in nanoseconds. A node that
 * only hears from nodes with a doorbell is woken by it and may sleep long;
 * a frame from another host is found by polling, or rung by datagram once
 * the node sleeps on its socket (below). */
#define POLL_SLEEP_SHORT 150000L
#define POLL_SLEEP_LONG 30000000L
/* A node without a socket (below) that has been quiet for QUIET_AFTER, and
 * awaits no result, polls for unrung frames only every POLL_SLEEP_QUIET:
 * waking costs CPU time on every poll, and after a long quiet the next
 * frame is no more likely to come in the next 150 us. */
#define QUIET_AFTER 20000000L
#define POLL_SLEEP_QUIET 600000L
/* A node with a socket (netbell.h) that has been quiet for SOCKET_AFTER
 * sleeps on it, this long at most: other nodes ring it once they have not
 * heard from it for 1 ms (doorbell.c), and the timeout bounds a lost ring
 * or a frame that was slow to arrive. */
#define SOCKET_AFTER 2000000L
#define SOCKET_SLEEP 10000000L
/* While a worker polls MPI, the communication thread sleeps this long at a
 * time, its doorbell muted: the worker finds what arrives, and a nap in
 * which no worker polled ends the naps, which bounds how long a frame waits
 * when every worker gets busy at two naps. Each wake-up switches threads on
 * a worker's core: with 200 us naps, a round trip between two hosts of one
 * core each took a quarter longer. */
#define NAP 1000000L

static int take_turn(void) {
  /* Test first, so that polling workers do not bounce the line with writes. */
  return atomic_load_explicit(&torc__network->mpi_turn, memory_order_relaxed) ==
             0 &&
         atomic_exchange_explicit(&torc__network->mpi_turn, 1,
                                  memory_order_acquire) == 0;
}

static void give_turn(void) {
  /* Release: the next holder sees everything this one did to the loop's
   * state, and MPI's. */
  atomic_store_explicit(&torc__network->mpi_turn, 0, memory_order_release);
}

static void wake(void) {
  torc__eventcount_notify(torc__network->comm_ec);
  torc__doorbell_wake_mine();
}

static int send_outbox(void) {
  struct torc__task *t = torc__outbox_take_all();
  int any = t != NULL;
  while (t != NULL) {
    struct torc__task *next = t->next;
    if (t->flags & TORC__T_REMOTE) {
      torc__remote_send_result(t);
    } else {
      torc__remote_send_task(t, t->dest_node, t->dest_worker,
                             (t->flags & TORC__T_PINNED) ? TORC__W_PINNED : 0);
      torc__network->comm_stats.sent++;
    }
    t = next;
  }
  return any;
}

static void on_task(struct torc__msg_reader *body, int source) {
  struct torc__comm_state *cs = &torc__network->comm_loop;
  int worker;
  uint32_t flags;
  uint64_t trace_start = torc__trace_clock();
  struct torc__task *t = torc__remote_recv_task(body, source, &worker, &flags);
  torc__trace_task_in(t, source, torc__remote_how(flags), trace_start);
  torc__network->comm_stats.received++;
  if (flags & TORC__W_PINNED)
    t->flags |= TORC__T_PINNED;
  if ((flags & TORC__W_MORE) || cs->incoming != NULL) {
    if (cs->incoming == NULL)
      cs->incoming = torc__group_bundle_new(t->flags & TORC__T_PINNED);
    torc__group_bundle_add(cs->incoming, t);
    if (flags & TORC__W_MORE)
      return;
    t = cs->incoming;
    cs->incoming = NULL;
    torc__group_bundle_close(t);
  }
  torc__steal_arrived(flags);
  torc__scheduler_place_incoming(t, worker);
}

static void begin_drain(int status) {
  struct torc__comm_state *cs = &torc__network->comm_loop;
  torc__network->status = status;
  if (cs->phase == TORC__COMM_RUNNING)
    cs->phase = TORC__COMM_DRAINING;
}

static void dispatch(uint32_t kind, struct torc__msg_reader *body, int source) {
  struct torc__comm_state *cs = &torc__network->comm_loop;
  switch (kind) {
  case TORC__REC_TASK:
    on_task(body, source);
    break;
  case TORC__REC_RESULT:
    torc__remote_recv_result(body, source);
    break;
  case TORC__REC_STEAL_REQUEST:
    torc__steal_answer(source, cs->phase == TORC__COMM_RUNNING);
    break;
  case TORC__REC_STEAL_REFUSED:
    torc__steal_refused();
    break;
  case TORC__REC_SPMD:
    torc__spmd_receive(body, source);
    break;
  case TORC__REC_SPMD_DONE:
    torc__spmd_done(torc__msg_get_value(body));
    break;
  case TORC__REC_SHUTDOWN:
    begin_drain((int)(int64_t)torc__msg_get_value(body));
    break;
  case TORC__REC_SITE:
    torc__sites_define(body, source);
    break;
  default:
    torc__fatal("torc message", "node %d sent a record of unknown kind %u",
                source, kind);
  }
}

/* Frames the communication thread takes in one round: a bounded batch, so
 * that sends are not starved by a busy sender. */
#define ROUND_FRAMES 64

/* Takes up to `max` frames and dispatches their records. */
static int receive(int max) {
  struct torc__msg_reader frame, body;
  int any = 0;
  for (int i = 0; i < max && torc__transport_poll(&frame); i++) {
    uint32_t kind;
    while (torc__msg_next(&frame, &kind, &body))
      dispatch(kind, &body, frame.source);
    any = 1;
  }
  return any;
}

static int send_now(void) {
  int busy = send_outbox();
  busy |= torc__transport_flush();
  busy |= torc__transport_progress();
  return busy;
}

/* The outbox's link.poll: worker `w` found no task. */
static int worker_poll(struct torc__worker *w) {
  if (!take_turn()) {
    /* The holder may be waiting for this core: a node's threads often
     * share one. */
    sched_yield();
    return 0;
  }
  /* The outbox goes out in this round, with whatever this worker owes. */
  w->owes_send = 0;
  /* No read-modify-write: only the holder of the turn writes. */
  unsigned polls =
      atomic_load_explicit(&torc__network->worker_polls, memory_order_relaxed);
  atomic_store_explicit(&torc__network->worker_polls, polls + 1,
                        memory_order_relaxed);
  /* Sends first: what this worker just finished is what others wait for. */
  int busy = send_now();
  /* One frame: what it brought is most likely what this worker waits for,
   * and looking for another costs a system call over TCP. */
  busy |= receive(1);
  give_turn();
  return busy;
}

static int comm_thread_sleeps(void) {
  return torc__eventcount_maybe_sleepers(torc__network->comm_ec) ||
         torc__doorbell_socket_sleeper();
}

/* The outbox's link.settle (scheduling/worker.h). */
static void worker_settle(struct torc__worker *w,
                          enum torc__outbox_settle_at how) {
  /* An awake communication thread sends it with its next round, in one
   * frame with whatever else is queued, and telling it costs a fence; a
   * sleeping one would cost a wake-up and a thread switch on the way to
   * the receiver. But an awake thread may also be waiting for a core that
   * busy workers hold, so a worker that is about to wait or sleep sends
   * the record itself. */
  int myself = how == TORC__SETTLE_NOW || comm_thread_sleeps();
  if (myself && take_turn()) {
    w->owes_send = 0;
    send_now();
    give_turn();
    return;
  }
  wake();
  /* After a spawn the debt stays until the spawner waits: its own sending
   * then backs up a thread that has not got round to it. */
  if (how != TORC__SETTLE_SPAWN)
    w->owes_send = 0;
}

/* Node 0: the primary task has returned, so every task has completed. */
static int check_primary(void) {
  struct torc__comm_state *cs = &torc__network->comm_loop;
  if (cs->phase != TORC__COMM_RUNNING ||
      !atomic_load_explicit(&torc__node->primary_done, memory_order_acquire))
    return 0;
  for (int n = 0; n < torc__node->count; n++)
    if (n != torc__node->id)
      torc__msg_put_value(torc__transport_frame(n), TORC__REC_SHUTDOWN,
                          (uint64_t)(int64_t)torc__node->primary_status);
  begin_drain(torc__node->primary_status);
  return 1;
}

/* Advances the shutdown protocol; returns 1 when it made progress. */
static int shutdown_step(void) {
  struct torc__comm_state *cs = &torc__network->comm_loop;
  if (cs->phase == TORC__COMM_DRAINING && !torc__steal_awaiting()) {
    /* Every task has completed; the workers only wait to be told. */
    torc__worker_stop_all();
    TORC_MPI(MPI_Ibarrier(torc__network->comm, &cs->barrier));
    cs->phase = TORC__COMM_BARRIER;
    return 1;
  }
  if (cs->phase == TORC__COMM_BARRIER) {
    int done = 0;
    TORC_MPI(MPI_Test(&cs->barrier, &done, MPI_STATUS_IGNORE));
    if (done)
      cs->phase = TORC__COMM_FINISHED;
    return done;
  }
  return 0;
}

/* Whether workers left something for the loop. Any thread. */
static int has_queued(void) {
  return torc__outbox_nonempty() || torc__spmd_waiting() ||
         atomic_load_explicit(&torc__node->primary_done, memory_order_relaxed);
}

/* Whether a long sleep misses nothing: every frame for this node comes with
 * a doorbell, and no send of this node needs it to keep driving MPI. The
 * shutdown phases wait on MPI itself (the barrier), so they poll. */
static int may_sleep_long(void) {
  struct torc__comm_state *cs = &torc__network->comm_loop;
  return cs->phase == TORC__COMM_RUNNING && torc__doorbell_covers_all() &&
         !torc__transport_sending();
}

/* Whether the node has been quiet for `after` nanoseconds with nothing in
 * flight: no send of its own unfinished, no result awaited. */
static int quiet_for(long after) {
  struct torc__comm_state *cs = &torc__network->comm_loop;
  int64_t now = torc__clock_now_ns();
  if (cs->quiet_since == 0)
    cs->quiet_since = now;
  return cs->phase == TORC__COMM_RUNNING && !torc__transport_sending() &&
         atomic_load_explicit(&torc__node->outbox.results_awaited,
                              memory_order_relaxed) == 0 &&
         now - cs->quiet_since > after;
}

/* The longest sleep of the ramp now. */
static long longest_sleep(void) {
  if (may_sleep_long())
    return POLL_SLEEP_LONG;
  if (torc__doorbell_socket_sleep())
    return quiet_for(SOCKET_AFTER) ? SOCKET_SLEEP : POLL_SLEEP_SHORT;
  return quiet_for(QUIET_AFTER) ? POLL_SLEEP_QUIET : POLL_SLEEP_SHORT;
}

/*
 * Sleeps on the node's socket until a ring, or `sleep` passes. Called
 * holding the turn, which it gives up. Returns 1 when rung.
 */
static int sleep_on_socket(long sleep) {
  torc__doorbell_on_socket(1);
  /* A worker that queued something before the flag was visible, or a frame
   * sent before a ringer saw it, is found here. */
  if (has_queued() || receive(ROUND_FRAMES)) {
    torc__doorbell_on_socket(0);
    give_turn();
    return 1;
  }
  give_turn();
  int rung = torc__netbell_wait(sleep);
  torc__doorbell_on_socket(0);
  return rung;
}

static int workers_polling(void) {
  return atomic_load_explicit(&torc__node->outbox.pollers,
                              memory_order_relaxed) > 0;
}

/*
 * A worker polls MPI: sleep with the doorbell muted until a worker wakes
 * the thread or NAP passes. Without the turn. Returns 1 when woken or when
 * something is queued for the thread.
 */
static int nap(void) {
  struct torc__eventcount *ec = torc__network->comm_ec;
  int woken = 1;
  torc__doorbell_mute(1);
  uint32_t key = torc__eventcount_prepare(ec);
  if (has_queued()) {
    torc__eventcount_cancel(ec);
  } else {
    torc__eventcount_wait(ec, key, NAP);
    /* Relaxed: this only tells a wake from a timeout. */
    woken = atomic_load_explicit(&ec->epoch, memory_order_relaxed) != key;
  }
  torc__doorbell_mute(0);
  return woken;
}

/*
 * Naps for as long as workers keep polling MPI: a round of this thread
 * would only repeat their polls, and where a node's threads share a core
 * it would take that core from them. Between polls a worker may run a
 * task, so only a whole nap in which no worker polled ends the naps: the
 * workers are busy, and what arrives waits for this thread.
 */
static void nap_while_workers_poll(void) {
  for (;;) {
    unsigned seen = atomic_load_explicit(&torc__network->worker_polls,
                                         memory_order_relaxed);
    if (nap() || atomic_load_explicit(&torc__network->worker_polls,
                                      memory_order_relaxed) == seen)
      return;
  }
}

/*
 * Nothing happened: yield a few times, then sleep a little longer each time
 * until a worker or a doorbell wakes the thread. Called holding the turn,
 * which it gives up. Returns 1 when woken that way, so that the caller
 * starts the ramp again: a frame that becomes visible shortly after its
 * doorbell (over a slower transport) is then still found within
 * microseconds.
 */
static int back_off(int idle_rounds) {
  struct torc__comm_state *cs = &torc__network->comm_loop;
  if (idle_rounds < IDLE_YIELDS) {
    give_turn();
    sched_yield();
    return 0;
  }
  int shift = idle_rounds - IDLE_YIELDS;
  long max = longest_sleep();
  long sleep = shift < 30 ? 1000L << shift : max;
  if (sleep > max)
    sleep = max;
  if (max == SOCKET_SLEEP)
    return sleep_on_socket(sleep);
  struct torc__eventcount *ec = torc__network->comm_ec;
  uint32_t key = torc__eventcount_prepare(ec);
  /* The recheck looks at MPI too: a doorbell rung before the announcement
   * did not bump the epoch, but its frame is visible by now. Without
   * doorbells the round just before looked. */
  if ((has_queued() && cs->phase == TORC__COMM_RUNNING) ||
      (torc__doorbell_rung_by_others() && receive(ROUND_FRAMES))) {
    torc__eventcount_cancel(ec);
    give_turn();
    return 1;
  }
  give_turn();
  torc__eventcount_wait(ec, key, sleep);
  /* Relaxed: this only tells a wake from a timeout, to pick the next sleep. */
  return atomic_load_explicit(&ec->epoch, memory_order_relaxed) != key;
}

/* Everything the loop does in one round, holding the turn. Returns 1 if it
 * did anything. */
static int round_of_work(void) {
  struct torc__comm_state *cs = &torc__network->comm_loop;
  int busy = receive(ROUND_FRAMES);
  busy |= send_outbox();
  busy |= torc__spmd_poll();
  busy |= check_primary();
  if (cs->phase == TORC__COMM_RUNNING) {
    busy |= torc__steal_feed();
    busy |= torc__steal_ask();
  }
  busy |= torc__transport_flush();
  busy |= torc__transport_progress();
  busy |= shutdown_step();
  return busy;
}

/* Sets the ramp back to its start after the loop did something or was
 * woken: more may follow soon. */
static void restart_ramp(int *idle_rounds) {
  struct torc__comm_state *cs = &torc__network->comm_loop;
  *idle_rounds = 0;
  cs->quiet_since = 0;
}

void torc__comm_prepare(void) {
  torc__node->outbox.link =
      (struct torc__outbox_link){wake, worker_poll, worker_settle};
  torc__steal_begin();
}

void torc__comm_run(void) {
  struct torc__comm_state *cs = &torc__network->comm_loop;
  torc__failure_mark_comm_thread(1);
  int idle_rounds = 0;
  for (;;) {
    if (!take_turn()) {
      /* A worker drives MPI. Anything queued for this thread is taken as
       * soon as the worker gives the turn back. */
      if (has_queued())
        sched_yield();
      else
        nap();
      continue;
    }
    int busy = round_of_work();
    if (cs->phase == TORC__COMM_FINISHED) {
      give_turn();
      break;
    }
    if (busy) {
      restart_ramp(&idle_rounds);
      give_turn();
    } else if (workers_polling() && cs->phase == TORC__COMM_RUNNING) {
      give_turn();
      nap_while_workers_poll();
      /* Past the yields: when the workers stop polling they are busy, and
       * yielding would take their cores. */
      if (idle_rounds < IDLE_YIELDS)
        idle_rounds = IDLE_YIELDS;
    } else if (back_off(++idle_rounds)) {
      restart_ramp(&idle_rounds);
    }
  }
  torc__steal_end();
  torc__transport_drain();
  /* The loop's thread frees no record after this point. */
  torc__blockcache_thread_exit();
}
