/* worker.c: worker threads, finding work, and sleeping without losing it. */
#include "scheduling/worker.h"

#include <stdlib.h>

#include "diagnostics/diagnostics.h"
#include "scheduling/affinity.h"
#include "scheduling/completion.h"
#include "scheduling/group.h"
#include "scheduling/scheduler.h"
#include "support/clock.h"
#include "support/fatal.h"
#include "support/random.h"
#include "tasks/tasks.h"

/* Tasks wait on top of each other's stacks, so workers get deep stacks;
 * the memory is only reserved, and touched pages alone cost anything. */
#define WORKER_STACK ((size_t)64 << 20)

/* Rounds of fruitless searching before a worker sleeps. */
#define SPINS 64
/* How long a worker that polls MPI while it searches goes on before it
 * sleeps, in nanoseconds: a round trip to another node and a short task
 * should come back within it. A worker that waits for children while
 * results of tasks sent to other nodes are awaited goes on longer: one is
 * likely to come back soon, and a sleeping worker costs a wake-up (two
 * when the communication thread receives it) on the way to the waiting
 * task. */
#define POLL_NS 50000L
#define POLL_AWAITING_NS 1000000L

_Thread_local struct torc__worker *torc__worker_self;

static void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#endif
}

struct torc__task *torc__worker_steal_oldest(struct torc__worker *victim) {
  void *x = torc__deque_steal(&victim->deque);
  if (x == TORC__DEQUE_ABORT)
    x = torc__deque_steal(&victim->deque);
  return x == TORC__DEQUE_ABORT ? NULL : x;
}

static struct torc__task *steal_local(struct torc__worker *w) {
  int n = torc__node->nworkers;
  int start = (int)(torc__random_next(&w->rng) % (unsigned)n);
  for (int k = 0; k < n; k++) {
    struct torc__worker *v = &torc__node->workers[(start + k) % n];
    if (v == w)
      continue;
    struct torc__task *t = torc__worker_steal_oldest(v);
    if (t == NULL)
      t = torc__inbox_get(&v->inbox);
    if (t != NULL) {
      w->stats.stolen++;
      return t;
    }
  }
  return NULL;
}

static struct torc__task *find_work(struct torc__worker *w) {
  struct torc__task *t = torc__deque_take(&w->deque);
  if (t == NULL)
    t = torc__inbox_get(&w->inbox);
  if (t == NULL && torc__node->nworkers > 1)
    t = steal_local(w);
  return t;
}

int torc__worker_work_visible(void) {
  for (int i = 0; i < torc__node->nworkers; i++) {
    struct torc__worker *v = &torc__node->workers[i];
    if (torc__deque_nonempty(&v->deque) || torc__inbox_nonempty(&v->inbox))
      return 1;
  }
  return 0;
}

static int has_callbacks(struct torc__task *owner) {
  return owner != NULL &&
         atomic_load_explicit(&owner->callbacks, memory_order_relaxed) != NULL;
}

static void sleep_idle(torc__worker_done_fn done, void *arg,
                       struct torc__task *owner) {
  uint32_t key = torc__eventcount_prepare(&torc__node->work_ec);
  if (done(arg) || has_callbacks(owner) || torc__worker_work_visible()) {
    torc__eventcount_cancel(&torc__node->work_ec);
    return;
  }
  atomic_fetch_add_explicit(&torc__node->idle_workers, 1, memory_order_relaxed);
  /* The communication thread may now ask other nodes for work, and takes
   * over polling MPI from this worker. */
  if (torc__node->count > 1)
    torc__outbox_wake();
  torc__eventcount_wait(&torc__node->work_ec, key, 0);
  atomic_fetch_sub_explicit(&torc__node->idle_workers, 1, memory_order_relaxed);
}

/* Whether a worker that has searched `spins` rounds goes on: for SPINS
 * rounds, or while it polls MPI, until `*until` (set on the first round).
 * `waiting` says whether it serves a wait, for children that may have gone
 * to another node. */
static int keep_searching(int spins, int waiting, int64_t *until) {
  if (!torc__node->outbox.workers_poll)
    return spins < SPINS;
  /* The clock costs tens of nanoseconds: it is read every 8th round. */
  if (spins == 1)
    *until =
        torc__clock_now_ns() +
        (waiting && atomic_load_explicit(&torc__node->outbox.results_awaited,
                                         memory_order_relaxed) > 0
             ? POLL_AWAITING_NS
             : POLL_NS);
  else if (spins % 8 == 0 && torc__clock_now_ns() > *until)
    return 0;
  return 1;
}

/* Counts the worker among those polling MPI (comm.h), or no longer. */
static void set_polling(int *polling, int on) {
  if (*polling == on)
    return;
  *polling = on;
  atomic_fetch_add_explicit(&torc__node->outbox.pollers, on ? 1 : -1,
                            memory_order_relaxed);
}

void torc__worker_run_until(struct torc__worker *w, torc__worker_done_fn done,
                            void *arg, struct torc__task *owner) {
  int spins = 0, polling = 0;
  int64_t until = 0;
  for (;;) {
    if (has_callbacks(owner)) {
      torc__worker_settle(w, TORC__SETTLE_NOW);
      torc__completion_run_callbacks(owner);
    }
    if (done(arg))
      break;
    struct torc__task *t = find_work(w);
    if (t != NULL) {
      set_polling(&polling, 0);
      torc__worker_execute(w, t);
      spins = 0;
    } else if (keep_searching(++spins, owner != NULL, &until)) {
      /* Spinning is when a result or a task from another node is most
       * likely to arrive for this worker: it receives it itself. */
      if (torc__node->outbox.workers_poll) {
        set_polling(&polling, 1);
        torc__node->outbox.link.poll(w);
      } else {
        cpu_relax();
      }
    } else {
      set_polling(&polling, 0);
      torc__worker_settle(w, TORC__SETTLE_NOW);
      sleep_idle(done, arg, owner);
      spins = 0;
    }
  }
  set_polling(&polling, 0);
  torc__worker_settle(w, TORC__SETTLE_NOW);
}

static int children_done(void *arg) {
  return torc__task_children_done(arg);
}

void torc__worker_wait_children(struct torc__worker *w, struct torc__task *t) {
  /* The children are usually the newest entries of this worker's own
   * deque: run them straight away, and leave callbacks, inboxes, stealing
   * and sleeping to the general loop. */
  struct torc__task *c;
  /* A task this worker spawned to another node goes before it waits. */
  torc__worker_settle(w, TORC__SETTLE_NOW);
  while (!torc__task_children_done(t)) {
    if ((c = torc__deque_take(&w->deque)) == NULL) {
      torc__worker_run_until(w, children_done, t, t);
      break;
    }
    torc__worker_execute(w, c);
  }
  torc__task_settle_completers(t);
}

void torc__worker_execute(struct torc__worker *w, struct torc__task *t) {
  /* A result the last task queued goes before this task runs. */
  torc__worker_settle(w, TORC__SETTLE_TASK);
  if (t->flags & TORC__T_BUNDLE) {
    torc__group_bundle_execute(w, t);
    return;
  }
  /* The primary is the program's main, not a spawned task: not counted. */
  if (!(t->flags & TORC__T_PRIMARY))
    w->stats.executed++;
  struct torc__task *prev = w->current;
  w->current = t;
  uint64_t trace_start = torc__trace_clock();
  torc__task_call(t);
  /* Every task waits for its children: their outputs may point into its
   * stack frame. */
  torc__worker_wait_children(w, t);
  torc__trace_task(w->local_id, t, trace_start);
  w->current = prev;
  torc__scheduler_complete(t);
}

static int stopped(void *arg) {
  (void)arg;
  return atomic_load_explicit(&torc__node->stop, memory_order_acquire);
}

void torc__worker_bind_thread(struct torc__worker *w) {
  torc__worker_self = w;
  torc__failure_mark_worker(w != NULL ? w->local_id : 0,
                            w != NULL ? &w->current : NULL);
}

static void *worker_main(void *arg) {
  struct torc__worker *w = arg;
  torc__worker_bind_thread(w);
  torc__crash_thread_enter(w->local_id);
  if (w->first != NULL) {
    struct torc__task *t = w->first;
    w->first = NULL;
    torc__worker_execute(w, t);
  }
  torc__worker_run_until(w, stopped, NULL, NULL);
  torc__worker_bind_thread(NULL);
  torc__blockcache_thread_exit();
  torc__crash_thread_leave();
  return NULL;
}

void torc__worker_start_all(void) {
  pthread_attr_t attr;
  if (pthread_attr_init(&attr) != 0 ||
      pthread_attr_setstacksize(&attr, WORKER_STACK) != 0)
    TORC_FATAL("cannot set up worker thread attributes");
  struct torc__affinity_plan plan;
  torc__affinity_plan(&plan, torc__node->bind, torc__node->nworkers,
                      torc__node->host_rank, torc__node->host_nodes);
  for (int i = 0; i < torc__node->nworkers; i++) {
    struct torc__worker *w = &torc__node->workers[i];
    torc__affinity_apply(&plan, &attr, i);
    if (w->has_thread && pthread_create(&w->thread, &attr, worker_main, w))
      TORC_FATAL("cannot start worker thread %d", i);
  }
  pthread_attr_destroy(&attr);
}

void torc__worker_stop_all(void) {
  /* Release: pairs with the workers' acquire load, so what this thread did
   * to end the run is visible to them as they leave. */
  atomic_store_explicit(&torc__node->stop, 1, memory_order_release);
  torc__eventcount_notify(&torc__node->work_ec);
  for (int i = 0; i < torc__node->nworkers; i++) {
    struct torc__worker *w = &torc__node->workers[i];
    if (w->has_thread && pthread_join(w->thread, NULL) != 0)
      TORC_FATAL("cannot join worker thread %d", i);
    w->has_thread = 0;
  }
}
