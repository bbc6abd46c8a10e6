/*
 * task.h: the task record and what happens when a task completes.
 *
 * A record and its variable part (the by-value argument block, the buffer
 * table, the result storage, the callback's copied argument and, for a task
 * that came from another node, the private copies of its sections) are one
 * allocation.
 *
 * A record is owned by one thread at a time: the spawner until it is
 * published (deque, inbox or outbox), then whoever takes it. The exceptions
 * are the atomic fields below.
 */
#ifndef TORC_TASK_H
#define TORC_TASK_H

#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>

#include "tasks/blockcache.h"
#include "torc_abi.h"

enum torc__task_flags {
  TORC__T_PRIMARY = 1u << 0, /* the primary task: completion ends the run */
  TORC__T_REMOTE = 1u << 1,  /* came from another node; RESULT goes back */
  TORC__T_LOCAL = 1u << 2,   /* `local`: never leaves the spawning node */
  TORC__T_SENT = 1u << 3,    /* runs elsewhere; this record awaits RESULT */
  TORC__T_RELEASED = 1u << 4, /* comm thread: free when its bulk sends end */
  TORC__T_PINNED = 1u << 5,   /* placed by node() or worker(): never leaves
                                 the node it was placed on */
  TORC__T_BUNDLE = 1u << 6,   /* a `parallel for` chunk: runs `members`
                                 (see group.h), never itself */
  TORC__T_CHECKPOINT = 1u << 7 /* recorded in the journal when it completes
                                  (checkpoint.h) */
};

/* Records with any of these flags are never sent to a thief on another
 * node. */
#define TORC__T_STAYS (TORC__T_LOCAL | TORC__T_PINNED)

/*
 * A bit the runtime adds to the direction of a record's buffer entry: `base`
 * points at this node's private copy of the section itself, not at the
 * caller's pointer. Set on every section of a record that came from another
 * node, and on the sections captured at the spawn (capture.h).
 */
#define TORC__BUF_PRIVATE (1u << 31)

struct torc__task {
  /* Link of the inbox, the outbox or the parent's callback list; owned by
   * whichever of those holds the record. */
  struct torc__task *next;
  struct torc__task *parent; /* NULL for the primary and REMOTE records */
  /* BUNDLE: the member records, linked through `next`; owned with the
   * bundle. */
  struct torc__task *members;
  const torc_abi_task *desc;
  const torc_abi_site *site; /* NULL on REMOTE records */
  void *result_target;
  torc_abi_store store;
  void (*callback)(void *data);
  void *args;
  torc_abi_buffer *buffers;
  void *result;
  void *callback_data;
  /*
   * The children's count, in three parts, so that neither a spawn nor the
   * usual completion does an atomic read-modify-write:
   * - spawned: children spawned so far. Stored (relaxed) by the thread
   *   running the task, before it publishes each child, so whoever
   *   completes a child reads at least that child's count.
   * - finished_here: children completed on that same thread, which is the
   *   common case (it ran them during its wait). Only that thread stores
   *   it (relaxed); others read it to decide on a wake-up.
   * - finished_elsewhere: children completed by any other thread (a
   *   worker that stole one, the communication thread for a result from
   *   another node). Seq_cst increments.
   * The children are all done, their callbacks included, when the two
   * finished counts add up to `spawned` (torc__task_children_done).
   */
  atomic_uint spawned;
  atomic_uint finished_here;
  atomic_uint finished_elsewhere;
  /* Threads between counting a child in finished_elsewhere and their last
   * read of this record (torc__task_child_done_elsewhere). The counts can
   * meet while one is still there, so the record's thread waits for this
   * to drop to zero before it may end the task and free the record. */
  atomic_uint completers;
  uint16_t flags;      /* TORC__T_* */
  uint16_t size_class; /* of the record's block, for torc__blockcache_put */
  /* Completed children waiting for their callback: a lock-free stack pushed
   * with release CAS and emptied by the parent's own thread (acquire). */
  _Atomic(struct torc__task *) callbacks;
  uint64_t origin_handle; /* REMOTE: the record's address at the origin */
  int32_t origin_node;    /* REMOTE: where RESULT goes */
  int32_t dest_node;      /* SENT: the node it goes to */
  int32_t dest_worker;    /* SENT: local worker index there, or -1 */
  int sends_left; /* comm thread: bulk sends still reading the record */
  /* The address up to which the record's captured sections are filled, or
   * UINTPTR_MAX once all are (capture.h). Stored with release by the
   * spawner while it copies a large section of a task already on its way
   * to another node; read with acquire by the communication thread before
   * it sends a piece of the record's memory. */
  atomic_uintptr_t captured_to;
};

/* Parts of a task allocation start on 16-byte boundaries. */
static inline size_t torc__task_round16(uint64_t n) {
  return (size_t)((n + 15) & ~(uint64_t)15);
}

/* A checkpointed record keeps its key (checkpoint.h) at the start of the
 * callback part of its allocation, ahead of the callback's argument, so
 * that no other record pays for it. */
#define TORC__CHECKPOINT_KEY_BYTES 16

/*
 * Copies an argument block or a result. They are mostly one or two words,
 * and a call to memcpy with a length known only at run time costs more than
 * the copy itself.
 */
static inline void torc__task_copy_value(void *to, const void *from, size_t n) {
  switch (n) {
  case 4:
    memcpy(to, from, 4);
    break;
  case 8:
    memcpy(to, from, 8);
    break;
  case 16:
    memcpy(to, from, 16);
    break;
  default:
    memcpy(to, from, n);
  }
}

/*
 * Allocates a record with room for `desc`'s argument block, buffer table and
 * result, `callback_size` bytes of callback argument and `extra` bytes
 * (16-byte aligned) returned through *extra_out. Inline, like
 * torc__task_free, because a spawn's cost is mostly these two.
 */
static inline struct torc__task *torc__task_alloc(const torc_abi_task *desc,
                                                  size_t callback_size,
                                                  size_t extra,
                                                  void **extra_out) {
  size_t at_args = torc__task_round16(sizeof(struct torc__task));
  size_t at_bufs = at_args + torc__task_round16(desc->args_size);
  size_t at_result =
      at_bufs + torc__task_round16(desc->num_buffers * sizeof(torc_abi_buffer));
  size_t at_cb = at_result + torc__task_round16(desc->result_size);
  size_t at_extra = at_cb + torc__task_round16(callback_size);
  uint32_t size_class;
  unsigned char *m = torc__blockcache_get(at_extra + extra, &size_class);
  struct torc__task *t = (struct torc__task *)m;
  /* Fields are stored by name: zeroing the record first compiles to
   * `rep stos`, whose start-up cost shows on every spawn. A field added to
   * the record must be added here. */
  t->next = NULL;
  t->parent = NULL;
  t->members = NULL;
  t->desc = desc;
  t->site = NULL;
  t->result_target = NULL;
  t->store = NULL;
  t->callback = NULL;
  t->args = m + at_args;
  t->buffers = (torc_abi_buffer *)(m + at_bufs);
  t->result = m + at_result;
  t->callback_data = callback_size ? m + at_cb : NULL;
  atomic_init(&t->spawned, 0);
  atomic_init(&t->finished_here, 0);
  atomic_init(&t->finished_elsewhere, 0);
  atomic_init(&t->completers, 0);
  t->flags = 0;
  atomic_init(&t->callbacks, NULL);
  t->origin_handle = 0;
  t->origin_node = -1;
  t->dest_node = -1;
  t->dest_worker = -1;
  t->sends_left = 0;
  atomic_init(&t->captured_to, UINTPTR_MAX);
  t->size_class = size_class;
  if (extra_out != NULL)
    *extra_out = m + at_extra;
  return t;
}

/* The key of a TORC__T_CHECKPOINT record. */
static inline uint64_t *torc__task_checkpoint_key(struct torc__task *t) {
  return (uint64_t *)((unsigned char *)t->result +
                      torc__task_round16(t->desc->result_size));
}

static inline void torc__task_free(struct torc__task *t) {
  torc__blockcache_put(t, t->size_class);
}

/* Whether every child of `t` has finished, its callback included. The
 * thread running `t` only. */
static inline int torc__task_children_done(struct torc__task *t) {
  /* Acquire: pairs with the other threads' increments, so their children's
   * results and outputs are visible once the counts meet. */
  return atomic_load_explicit(&t->finished_elsewhere, memory_order_acquire) +
             atomic_load_explicit(&t->finished_here, memory_order_relaxed) ==
         atomic_load_explicit(&t->spawned, memory_order_relaxed);
}

/* Waits, after torc__task_children_done, until no thread that counted a
 * child is still reading `t`. The window is a few instructions long, so
 * this returns at once unless that thread was preempted inside it. */
static inline void torc__task_settle_completers(struct torc__task *t) {
  /* Acquire: pairs with the completers' release decrement, so their reads
   * of `t` happen before whatever the caller does to it next. */
  while (atomic_load_explicit(&t->completers, memory_order_acquire) != 0)
    sched_yield();
}

/* Where section i's bytes live on this node. */
void *torc__task_section(struct torc__task *t, uint32_t i);

/* Calls the trampoline with the pointer each parameter should receive. */
void torc__task_call(struct torc__task *t);

/* Stores the result into the spawn's `lvalue`, if it has one. */
static inline void torc__task_store_result(struct torc__task *t) {
  if (t->result_target == NULL || t->desc->result_size == 0)
    return;
  if (t->store != NULL)
    t->store(t->result_target, t->result);
  else
    torc__task_copy_value(t->result_target, t->result, t->desc->result_size);
}

/* Counts one child of `parent` as finished on the thread that runs
 * `parent`: that thread is awake, as it completed the child, so nobody
 * needs waking, and only it stores the count. */
static inline void torc__task_child_done_here(struct torc__task *parent) {
  atomic_store_explicit(
      &parent->finished_here,
      atomic_load_explicit(&parent->finished_here, memory_order_relaxed) + 1,
      memory_order_relaxed);
}

#endif /* TORC_TASK_H */
