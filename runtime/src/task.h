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

#include <stdatomic.h>
#include <stdint.h>
#include <string.h>

#include "torc_abi.h"

enum torc__task_flags {
  TORC__T_PRIMARY = 1u << 0, /* the primary task: completion ends the run */
  TORC__T_REMOTE = 1u << 1,  /* came from another node: buffers[i].base holds
                                the private copy of section i */
  TORC__T_LOCAL = 1u << 2,   /* `local`: never leaves the spawning node */
  TORC__T_SENT = 1u << 3,    /* runs elsewhere; this record awaits RESULT */
  TORC__T_RELEASED = 1u << 4, /* comm thread: free when its bulk sends end */
  TORC__T_PINNED = 1u << 5,   /* placed by node() or worker(): never leaves
                                 the node it was placed on */
  TORC__T_BUNDLE = 1u << 6    /* a `parallel for` chunk: runs `members`
                                 (see group.h), never itself */
};

/* Records with any of these flags are never sent to a thief on another
 * node. */
#define TORC__T_STAYS (TORC__T_LOCAL | TORC__T_PINNED)

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
  /* Children spawned so far: stored (relaxed) by the running task's own
   * thread only, before it publishes each child, so whoever completes a
   * child reads at least that child's count. */
  atomic_uint spawned;
  /* Children finished, their callbacks included: incremented (acq_rel) by
   * whoever completes a child; the children are all done when it equals
   * `spawned` (the waiter reads it with acquire). Two counters rather than
   * one, so that a spawn costs a plain store instead of an atomic
   * read-modify-write. */
  atomic_uint finished;
  uint32_t flags;
  /* Completed children waiting for their callback: a lock-free stack pushed
   * with release CAS and emptied by the parent's own thread (acquire). */
  _Atomic(struct torc__task *) callbacks;
  uint64_t origin_handle; /* REMOTE: the record's address at the origin */
  int32_t origin_node;    /* REMOTE: where RESULT goes */
  int32_t dest_node;      /* SENT: the node it goes to */
  int32_t dest_worker;    /* SENT: local worker index there, or -1 */
  int sends_left; /* comm thread: bulk sends still reading the record */
  uint32_t size_class; /* of the record's block, for torc__block_put */
};

/* Parts of a task allocation start on 16-byte boundaries. */
static inline size_t torc__round16(uint64_t n) {
  return (size_t)((n + 15) & ~(uint64_t)15);
}

/*
 * Copies an argument block or a result. They are mostly one or two words,
 * and a call to memcpy with a length known only at run time costs more than
 * the copy itself.
 */
static inline void torc__copy_value(void *to, const void *from, size_t n) {
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
 * (16-byte aligned) returned through *extra_out.
 */
struct torc__task *torc__task_alloc(const torc_abi_task *desc,
                                    size_t callback_size, size_t extra,
                                    void **extra_out);
void torc__task_free(struct torc__task *t);

/* Where section i's bytes live on this node. */
void *torc__task_section(struct torc__task *t, uint32_t i);

/* Calls the trampoline with the pointer each parameter should receive. */
void torc__task_call(struct torc__task *t);

/* Stores the result into the spawn's `lvalue`, if it has one. */
void torc__task_store_result(struct torc__task *t);

/*
 * Completes a task that was spawned on this node, once its result and
 * outputs are in place: stores the result, then either queues the callback
 * for the parent or counts the child as finished. Any thread.
 */
void torc__task_finish_local(struct torc__task *t);

/* Runs the callbacks of `parent`'s completed children. Parent's thread. */
void torc__task_run_callbacks(struct torc__task *parent);

#endif /* TORC_TASK_H */
