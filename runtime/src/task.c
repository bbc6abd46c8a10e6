/* task.c: task records, calling a task, and completing it on its origin. */
#include "task.h"

#include <stdlib.h>
#include <string.h>

#include "blockcache.h"
#include "fatal.h"
#include "node.h"

struct torc__task *torc__task_alloc(const torc_abi_task *desc,
                                    size_t callback_size, size_t extra,
                                    void **extra_out) {
  size_t at_args = torc__round16(sizeof(struct torc__task));
  size_t at_bufs = at_args + torc__round16(desc->args_size);
  size_t at_result =
      at_bufs + torc__round16(desc->num_buffers * sizeof(torc_abi_buffer));
  size_t at_cb = at_result + torc__round16(desc->result_size);
  size_t at_extra = at_cb + torc__round16(callback_size);
  uint32_t size_class;
  unsigned char *m = torc__block_get(at_extra + extra, &size_class);
  struct torc__task *t = (struct torc__task *)m;
  /* Every field is stored by name: zeroing the record first compiles to
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
  atomic_init(&t->finished, 0);
  t->flags = 0;
  atomic_init(&t->callbacks, NULL);
  t->origin_handle = 0;
  t->origin_node = -1;
  t->dest_node = -1;
  t->dest_worker = -1;
  t->sends_left = 0;
  t->size_class = size_class;
  if (extra_out != NULL)
    *extra_out = m + at_extra;
  return t;
}

void torc__task_free(struct torc__task *t) {
  torc__block_put(t, t->size_class);
}

void *torc__task_section(struct torc__task *t, uint32_t i) {
  torc_abi_buffer *b = &t->buffers[i];
  if (t->flags & TORC__T_REMOTE)
    return b->base;
  return b->base ? (unsigned char *)b->base + b->offset : NULL;
}

/* The value parameter i receives: the caller's pointer on its own node, a
 * pointer that indexes the private copy like the original elsewhere. */
static void *parameter(struct torc__task *t, uint32_t i) {
  torc_abi_buffer *b = &t->buffers[i];
  if (!(t->flags & TORC__T_REMOTE) || b->base == NULL)
    return b->base;
  return (void *)((uintptr_t)b->base - (uintptr_t)b->offset);
}

void torc__task_call(struct torc__task *t) {
  uint32_t n = t->desc->num_buffers;
  if (n == 0) {
    t->desc->run(t->args, NULL, t->result);
    return;
  }
  void *small[16];
  void **ptrs = small;
  if (n > 16 && (ptrs = malloc(n * sizeof *ptrs)) == NULL)
    TORC_FATAL("out of memory calling '%s'", t->desc->name);
  for (uint32_t i = 0; i < n; i++)
    ptrs[i] = parameter(t, i);
  t->desc->run(t->args, ptrs, t->result);
  if (ptrs != small)
    free(ptrs);
}

/* Counts one child of `parent` as finished and wakes its waiter if last. */
static void child_done(struct torc__task *parent) {
  /* Release: the child's result and outputs happen before the waiter's
   * acquire load sees the count complete. Acquire: the increments form one
   * chain, so the last completer also sees every spawn that the earlier
   * completers saw, and its read of `spawned` below is not stale. */
  unsigned done =
      atomic_fetch_add_explicit(&parent->finished, 1, memory_order_acq_rel) + 1;
  if (done != atomic_load_explicit(&parent->spawned, memory_order_relaxed))
    return;
  /* A node's only worker completing a child is the thread that waits for
   * it, and it is awake. */
  if (torc__self == NULL || torc__node.nworkers > 1)
    torc__ec_notify(&torc__node.work_ec);
}

void torc__task_store_result(struct torc__task *t) {
  if (t->result_target == NULL || t->desc->result_size == 0)
    return;
  if (t->store != NULL)
    t->store(t->result_target, t->result);
  else
    torc__copy_value(t->result_target, t->result, t->desc->result_size);
}

void torc__task_finish_local(struct torc__task *t) {
  torc__task_store_result(t);
  struct torc__task *parent = t->parent;
  if (t->callback == NULL) {
    torc__task_free(t);
    child_done(parent);
    return;
  }
  /* Callbacks run on the parent's thread, one at a time (spec §1.1). */
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
    child_done(parent);
    t = next;
  }
}
