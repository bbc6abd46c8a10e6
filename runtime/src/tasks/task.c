/* task.c: task records, calling a task, and completing it on its origin. */
#include "tasks/task.h"

#include <stdlib.h>
#include <string.h>

#include "tasks/blockcache.h"
#include "diagnostics/fatal.h"
#include "scheduling/node.h"

void *torc__task_section(struct torc__task *t, uint32_t i) {
  torc_abi_buffer *b = &t->buffers[i];
  if (b->direction & TORC__BUF_PRIVATE)
    return b->base;
  return b->base ? (unsigned char *)b->base + b->offset : NULL;
}

/* The value parameter i receives: the caller's pointer for a section that
 * stayed in the caller's memory, else a pointer that indexes the private
 * copy like the original. */
static void *parameter(struct torc__task *t, uint32_t i) {
  torc_abi_buffer *b = &t->buffers[i];
  if (!(b->direction & TORC__BUF_PRIVATE) || b->base == NULL)
    return b->base;
  return (void *)((uintptr_t)b->base - (uintptr_t)b->offset);
}

void torc__task_call(struct torc__task *t) {
  uint32_t n = t->desc->num_buffers;
  if (n == 0) {
    t->desc->run(t->desc, t->args, NULL, t->result);
    return;
  }
  void *small[16];
  void **ptrs = small;
  if (n > 16 && (ptrs = malloc(n * sizeof *ptrs)) == NULL)
    TORC_FATAL("out of memory calling '%s'", t->desc->name);
  for (uint32_t i = 0; i < n; i++)
    ptrs[i] = parameter(t, i);
  t->desc->run(t->desc, t->args, ptrs, t->result);
  if (ptrs != small)
    free(ptrs);
}

void torc__task_child_done_elsewhere(struct torc__task *parent) {
  /* Announce this thread before counting: once the counts meet, the
   * parent's thread may end the task and free the record, unless it sees
   * this thread still inside (torc__task_settle_completers). Relaxed: the
   * seq_cst increment below releases it along with the child's work. */
  atomic_fetch_add_explicit(&parent->completers, 1, memory_order_relaxed);
  /* Seq_cst increment, then a seq_cst fence before reading the parent's
   * own count: the waiter announces itself asleep with a seq_cst fence
   * (eventcount.h) before rechecking the counts, so either its recheck
   * sees this increment, or this thread sees every finished_here it stored
   * before sleeping, finds the counts complete and wakes it. Release (in
   * seq_cst): the child's result and outputs happen before the waiter's
   * acquire load sees the count complete. */
  unsigned done = atomic_fetch_add_explicit(&parent->finished_elsewhere, 1,
                                            memory_order_seq_cst) +
                  1;
  atomic_thread_fence(memory_order_seq_cst);
  done += atomic_load_explicit(&parent->finished_here, memory_order_relaxed);
  /* A stale `spawned` (the parent went on spawning) can only make this
   * wake-up spurious; the later children's completions count again. */
  int last = done == atomic_load_explicit(&parent->spawned,
                                          memory_order_relaxed);
  /* Release: the reads above happen before the record is freed. The
   * record is not touched after this. */
  atomic_fetch_sub_explicit(&parent->completers, 1, memory_order_release);
  if (last)
    torc__ec_notify(&torc__node.work_ec);
}

void torc__task_queue_callback(struct torc__task *t) {
  /* Callbacks run on the parent's thread, one at a time (spec §1.1). */
  struct torc__task *parent = t->parent;
  struct torc__task *head =
      atomic_load_explicit(&parent->callbacks, memory_order_relaxed);
  do
    t->next = head;
  while (!atomic_compare_exchange_weak_explicit(
      &parent->callbacks, &head, t, memory_order_release,
      memory_order_relaxed));
  torc__ec_notify(&torc__node.work_ec);
}

void torc__task_run_callbacks(struct torc__task *parent) {
  if (atomic_load_explicit(&parent->callbacks, memory_order_relaxed) == NULL)
    return;
  /* Acquire: pairs with the pusher's release, so the children's outputs and
   * results are visible to the callbacks. */
  struct torc__task *t = atomic_exchange_explicit(&parent->callbacks, NULL,
                                                  memory_order_acquire);
  while (t != NULL) {
    struct torc__task *next = t->next;
    t->callback(t->callback_data);
    torc__task_free(t);
    /* Callbacks run on the parent's own thread. */
    torc__task_child_done_here(parent);
    t = next;
  }
}
