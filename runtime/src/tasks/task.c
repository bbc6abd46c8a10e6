/* task.c: task records, calling a task, and completing it on its origin. */
#include "tasks/task.h"

#include <stdlib.h>
#include <string.h>

#include "support/fatal.h"
#include "tasks/blockcache.h"

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
