/* scheduler.c: torc_abi_spawn, torc_abi_wait and where tasks go. */
#include "scheduling/scheduler.h"

#include <stdlib.h>
#include <string.h>

#include "checkpoint/checkpoint.h"
#include "diagnostics/diagnostics.h"
#include "scheduling/capture.h"
#include "scheduling/completion.h"
#include "scheduling/group.h"
#include "scheduling/node.h"
#include "scheduling/worker.h"
#include "support/fatal.h"
#include "tasks/tasks.h"

void torc__scheduler_complete_unspawned(struct torc__task *t) {
  if (t->flags & TORC__T_PRIMARY) {
    memcpy(&torc__node->primary_status, t->result, sizeof(int));
    torc__task_free(t);
    /* Release: the status is written before the flag is seen. */
    atomic_store_explicit(&torc__node->primary_done, 1, memory_order_release);
    torc__outbox_wake();
  } else {
    torc__outbox_put(t);
  }
}

void torc__scheduler_place_incoming(struct torc__task *t, int worker) {
  if (worker < 0 || worker >= torc__node->nworkers)
    worker =
        (int)(torc__node->incoming_next++ % (unsigned)torc__node->nworkers);
  torc__inbox_put(&torc__node->workers[worker].inbox, t);
  torc__eventcount_notify(&torc__node->work_ec);
}

/* The record of a spawn with pointer parameters: the buffer table and the
 * captured `in` sections (capture.h). */
static __attribute__((noinline)) struct torc__task *
new_record_with_buffers(torc_abi_task *task, const void *args,
                        const torc_abi_buffer *buffers, size_t callback_size,
                        enum torc__capture_mode capture) {
  size_t extra = capture != TORC__CAPTURE_NONE
                     ? torc__capture_size(task->num_buffers, buffers)
                     : 0;
  void *into = NULL;
  struct torc__task *t = torc__task_alloc(task, callback_size, extra, &into);
  if (task->args_size)
    torc__task_copy_value(t->args, args, task->args_size);
  torc__capture(t, buffers, into, capture);
  return t;
}

/* The record of a spawn, clauses aside. Inline in the spawn's fast path,
 * where keeping the arguments in registers is most of the saving. */
static inline __attribute__((always_inline)) struct torc__task *
new_record(torc_abi_task *task, const torc_abi_site *site, const void *args,
           const torc_abi_buffer *buffers, void *target, torc_abi_store store,
           size_t callback_size, enum torc__capture_mode capture) {
  struct torc__task *t;
  if (task->num_buffers) {
    t = new_record_with_buffers(task, args, buffers, callback_size, capture);
  } else {
    t = torc__task_alloc(task, callback_size, 0, NULL);
    if (task->args_size)
      torc__task_copy_value(t->args, args, task->args_size);
  }
  t->site = site;
  t->result_target = target;
  t->store = store;
  return t;
}

/* `key`: the checkpoint key of a checkpointed spawn, or NULL. */
static struct torc__task *make_record(torc_abi_task *task,
                                      const torc_abi_site *site,
                                      const void *args,
                                      const torc_abi_buffer *buffers,
                                      void *target, torc_abi_store store,
                                      const torc_abi_options *opt,
                                      enum torc__capture_mode capture,
                                      const uint64_t *key) {
  size_t cb_size = opt && opt->callback ? opt->callback_size : 0;
  size_t key_size = key != NULL ? TORC__CHECKPOINT_KEY_BYTES : 0;
  /* A `local` task shares the caller's memory, as an OpenMP task does. */
  if (opt != NULL && (opt->flags & TORC_ABI_FLAG_LOCAL))
    capture = TORC__CAPTURE_NONE;
  struct torc__task *t = new_record(task, site, args, buffers, target, store,
                                    key_size + cb_size, capture);
  if (key != NULL) {
    t->flags |= TORC__T_CHECKPOINT;
    memcpy(torc__task_checkpoint_key(t), key, TORC__CHECKPOINT_KEY_BYTES);
    t->callback_data =
        cb_size ? (unsigned char *)t->callback_data + key_size : NULL;
  }
  if (opt != NULL) {
    t->callback = opt->callback;
    if (cb_size)
      memcpy(t->callback_data, opt->callback_data, cb_size);
    if (opt->flags & TORC_ABI_FLAG_LOCAL)
      t->flags |= TORC__T_LOCAL;
  }
  return t;
}

/* Runs a spawn at once on the calling thread: before the runtime starts, or
 * from a thread that is not a worker (spmd code on the comm thread). */
static void run_inline(torc_abi_task *task, const torc_abi_site *site,
                       const void *args, const torc_abi_buffer *buffers,
                       void *target, torc_abi_store store,
                       const torc_abi_options *opt, const uint64_t *key) {
  struct torc__task *t =
      make_record(task, site, args, buffers, target, store, opt,
                  TORC__CAPTURE_NONE, key);
  /* No worker's `current` names this task (the thread may be no worker,
   * e.g. inside an spmd function), so a scope names it if it fails. */
  struct torc__failure_scope scope;
  torc__failure_enter(&scope, t, 0, NULL);
  torc__task_call(t);
  torc__failure_leave(&scope);
  torc__task_store_result(t);
  if (t->flags & TORC__T_CHECKPOINT)
    torc__completion_record(t);
  if (t->callback != NULL)
    t->callback(t->callback_data);
  torc__task_free(t);
  torc__progress_finished();
}

/* Stops the run: the node() or worker() clause named `value`, and there are
 * `count` of `what`. */
_Noreturn static void out_of_range(struct torc__task *t, const char *what,
                                   int value, int count) {
  const char *file = torc__site_file(t->site);
  unsigned line = torc__site_line(t->site);
  if (count == 1)
    torc__fatal("torc task", "%s:%u: %s(%d) is out of range: there is only "
                "%s 0", file, line, what, value, what);
  torc__fatal("torc task", "%s:%u: %s(%d) is out of range: there are %d %ss "
              "(0 to %d)", file, line, what, value, count, what, count - 1);
}

/* Resolves node/worker clauses into a node and a local worker (or -1). */
static void resolve_clauses(struct torc__task *t, const torc_abi_options *opt,
                            int *node, int *worker) {
  int W = torc__node->nworkers, N = torc__node->count;
  *node = *worker = -1;
  if (opt == NULL)
    return;
  if (opt->worker >= 0 || opt->worker < -1) {
    if (opt->worker < 0 || opt->worker >= N * W)
      out_of_range(t, "worker", (int)opt->worker, N * W);
    *node = opt->worker / W;
    *worker = opt->worker % W;
  } else if (opt->node != -1) {
    if (opt->node < 0 || opt->node >= N)
      out_of_range(t, "node", (int)opt->node, N);
    *node = opt->node;
  }
  if ((t->flags & TORC__T_LOCAL) && *node >= 0 && *node != torc__node->id)
    torc__fatal("torc task",
                "%s:%u: a local task cannot go to node %d; it "
                "runs on node %d, which spawned it",
                torc__site_file(t->site), torc__site_line(t->site), *node,
                torc__node->id);
}

/*
 * A task just placed on this node wakes idle workers, and the communication
 * thread too while a node whose request was refused waits for one (see
 * steal.h): it may push the task there. `movable` is whether the task may
 * leave the node, read from its flags before it was placed: once placed,
 * a thief may already be changing them.
 */
static void announce_to_comm(int movable) {
  /* Relaxed: the notify's fence, when there is one, orders the placement
   * before this load; a stale zero only delays the push, and a hungry node
   * asks again within its re-ask period. */
  if (movable && atomic_load_explicit(&torc__node->outbox.hungry_peers,
                                      memory_order_relaxed) > 0)
    torc__outbox_wake();
}

static void announce_local(int movable) {
  /* The placing worker is awake, so with no other worker there is nobody to
   * wake, and the notify's fence is worth skipping on every spawn. */
  if (torc__node->nworkers > 1)
    torc__eventcount_notify(&torc__node->work_ec);
  announce_to_comm(movable);
}

/*
 * The same for a task pushed on the spawner's own deque, the case of most
 * spawns. Such a task is never stranded: its owner is awake, and runs it at
 * its next wait if nobody takes it first. So the notify and its fence are
 * skipped unless a worker has announced itself asleep. A worker announcing
 * itself at the very moment of the push may be missed; the owner's next
 * spawn sees it and wakes it, and meanwhile the owner has the task.
 */
static void announce_pushed(int movable) {
  if (torc__node->nworkers > 1 &&
      torc__eventcount_maybe_sleepers(&torc__node->work_ec))
    torc__eventcount_notify(&torc__node->work_ec);
  announce_to_comm(movable);
}

void torc__scheduler_place(struct torc__worker *w, struct torc__task *parent,
                           struct torc__task *t, const torc_abi_options *opt,
                           const torc_abi_buffer *buffers) {
  /* Large sections left to copy (capture.h) are copied before a local
   * queue makes the record visible, since a local worker reads the copy
   * directly, and after the outbox for another node, so that the copy
   * overlaps the transfer. */
  int late = torc__capture_pending(t);
  int W = torc__node->nworkers, node, worker;
  resolve_clauses(t, opt, &node, &worker);
  /* A task placed by node() or worker() must run on that node: it is
   * marked so that no thief from another node takes it, and it waits in an
   * inbox, where other local workers may still take it. */
  int pinned = node >= 0;
  if (node < 0 && (parent->flags & TORC__T_PRIMARY)) {
    /* The primary deals its spawns out like cards, over every worker. */
    unsigned long n = (t->flags & TORC__T_LOCAL)
                          ? (unsigned long)W
                          : (unsigned long)W * torc__node->count;
    unsigned long g = torc__node->cyclic++ % n;
    node = (t->flags & TORC__T_LOCAL) ? torc__node->id : (int)(g / W);
    worker = (int)(g % W);
  }
  if (pinned)
    t->flags |= TORC__T_PINNED;
  if (pinned && node == torc__node->id && worker < 0)
    worker = w->local_id;
  int movable = !(t->flags & TORC__T_STAYS);
  int remote = node >= 0 && node != torc__node->id;
  if (late && !remote) {
    torc__capture_finish(t, buffers);
    late = 0;
  }
  if (node < 0 || (!pinned && node == torc__node->id &&
                   (worker < 0 || worker == w->local_id))) {
    torc__deque_push(&w->deque, t);
    announce_pushed(movable);
  } else if (node == torc__node->id) {
    torc__inbox_put(&torc__node->workers[worker].inbox, t);
    announce_local(movable);
  } else {
    t->flags |= TORC__T_SENT;
    t->dest_node = node;
    t->dest_worker = worker;
    torc__outbox_put(t);
    /* The spawner goes back to its caller's code, which may run long. */
    torc__worker_settle(w, TORC__SETTLE_SPAWN);
    if (late)
      torc__capture_finish(t, buffers);
  }
}

TORC_API void torc_abi_spawn(torc_abi_task *task, const torc_abi_site *site,
                             const void *args, const torc_abi_buffer *buffers,
                             void *result_target, torc_abi_store store,
                             const torc_abi_options *options) {
  struct torc__worker *w = torc__worker_self;
  uint64_t key_storage[2], *key = NULL;
  if (torc__checkpoint_wanted(options)) {
    torc__checkpoint_key(task, site, args, buffers, key_storage);
    if (torc__checkpoint_restore(task, buffers, result_target, store, options,
                                 key_storage)) {
      torc__progress_restored();
      return;
    }
    key = key_storage;
  }
  torc__progress_spawned();
  if (w == NULL ||
      !atomic_load_explicit(&torc__node->running, memory_order_relaxed)) {
    run_inline(task, site, args, buffers, result_target, store, options, key);
    return;
  }
  if (task->id < 0)
    torc__fatal("torc task", "%s:%u: task '%s' was never registered",
                torc__site_file(site), torc__site_line(site), task->name);
  struct torc__task *parent = w->current;
  /* Relaxed, and no read-modify-write: only this thread writes the count,
   * and publishing the child (deque, inbox, outbox) orders this store
   * before anything its completer does. */
  atomic_store_explicit(
      &parent->spawned,
      atomic_load_explicit(&parent->spawned, memory_order_relaxed) + 1,
      memory_order_relaxed);
  w->stats.created++;
  if (options == NULL && !(parent->flags & TORC__T_PRIMARY)) {
    /* The common spawn, nested and without clauses, goes on the spawner's
     * own deque: one function, no calls. */
    struct torc__task *t =
        new_record(task, site, args, buffers, result_target, store, 0,
                   TORC__CAPTURE_NOW);
    t->parent = parent;
    torc__deque_push(&w->deque, t);
    /* Without clauses, neither `local` nor pinned: it may leave. */
    announce_pushed(1);
    return;
  }
  /* A bundle's members are placed later, together, so they are captured
   * at once; any other task may leave the node right away, and its large
   * sections are then copied while they are sent. */
  int grouped = options != NULL && options->group != NULL;
  struct torc__task *t =
      make_record(task, site, args, buffers, result_target, store, options,
                  grouped ? TORC__CAPTURE_NOW : TORC__CAPTURE_LATER, key);
  t->parent = parent;
  if (grouped)
    torc__group_add(w, t, options);
  else
    torc__scheduler_place(w, parent, t, options, buffers);
}

TORC_API void torc_abi_wait(void) {
  struct torc__worker *w = torc__worker_self;
  /* Off a worker, every spawn ran inline, so there is nothing to wait for. */
  if (w == NULL || w->current == NULL)
    return;
  torc__worker_wait_children(w, w->current);
}
