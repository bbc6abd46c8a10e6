/* completion.c: completing tasks on their origin node (completion.h). */
#include "scheduling/completion.h"

#include <stdlib.h>
#include <sys/uio.h>

#include "scheduling/node.h"
#include "support/fatal.h"

void torc__completion_child_elsewhere(struct torc__task *parent) {
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
  int last =
      done == atomic_load_explicit(&parent->spawned, memory_order_relaxed);
  /* Release: the reads above happen before the record is freed. The
   * record is not touched after this. */
  atomic_fetch_sub_explicit(&parent->completers, 1, memory_order_release);
  if (last)
    torc__eventcount_notify(&torc__node->work_ec);
}

void torc__completion_queue_callback(struct torc__task *t) {
  /* Callbacks run on the parent's thread, one at a time (spec §1.1). */
  struct torc__task *parent = t->parent;
  struct torc__task *head =
      atomic_load_explicit(&parent->callbacks, memory_order_relaxed);
  do
    t->next = head;
  while (!atomic_compare_exchange_weak_explicit(&parent->callbacks, &head, t,
                                                memory_order_release,
                                                memory_order_relaxed));
  torc__eventcount_notify(&torc__node->work_ec);
}

void torc__completion_run_callbacks(struct torc__task *parent) {
  if (atomic_load_explicit(&parent->callbacks, memory_order_relaxed) == NULL)
    return;
  /* Acquire: pairs with the pusher's release, so the children's outputs and
   * results are visible to the callbacks. */
  struct torc__task *t =
      atomic_exchange_explicit(&parent->callbacks, NULL, memory_order_acquire);
  while (t != NULL) {
    struct torc__task *next = t->next;
    t->callback(t->callback_data);
    torc__task_free(t);
    /* Callbacks run on the parent's own thread. */
    torc__task_child_done_here(parent);
    t = next;
  }
}

void torc__completion_record(struct torc__task *t) {
  uint32_t n = t->desc->num_buffers;
  struct iovec small[16];
  struct iovec *parts = small;
  if (n + 1 > 16 && (parts = malloc((n + 1) * sizeof *parts)) == NULL)
    TORC_FATAL("out of memory recording '%s'", t->desc->name);
  int k = 0;
  parts[k++] = (struct iovec){t->result, t->desc->result_size};
  for (uint32_t i = 0; i < n; i++)
    if (t->buffers[i].direction & TORC_ABI_OUT)
      parts[k++] =
          (struct iovec){torc__task_section(t, i), t->buffers[i].bytes};
  torc__checkpoint_record(torc__task_checkpoint_key(t), parts, k);
  if (parts != small)
    free(parts);
}
