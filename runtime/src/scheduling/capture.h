/*
 * capture.h: `in` data copied into the task record at the spawn.
 *
 * A task sees its `in` sections as they were when it was spawned, wherever
 * and whenever it runs (spec §2), as a plain call sees its arguments. So a
 * spawn copies every `in` section into the record's own allocation, after
 * the buffer table: small sections stay within the record's size class,
 * large ones make the record a large block that the block cache recycles.
 * The copy is the only one on the origin: a local task reads it, and a task
 * sent to another node is sent from it, inline in the frame or as its bulk
 * part. `out`, `inout` and `shared` sections, and every section of a
 * `local` task, stay in the caller's memory.
 *
 * A large section of a task that leaves the node at its spawn is copied
 * after the record is handed to the communication thread, piece by piece,
 * and the communication thread sends each piece as soon as it is copied:
 * the copy then overlaps the transfer instead of adding to it. The spawn
 * still returns only when the copy is complete.
 *
 * Capturing is a step of its own, after the record is made and before the
 * spawn returns, so that a spawn may later delay it until the siblings
 * whose outputs it reads have completed.
 */
#ifndef TORC_CAPTURE_H
#define TORC_CAPTURE_H

#include <stdint.h>

#include "tasks/tasks.h"

/* Sections from this size on may be copied while they are sent; it is
 * above the bulk threshold, so such a section is never inline in a frame. */
#define TORC__CAPTURE_LATE_MIN ((uint64_t)1 << 20)

/* Whether section `b` is copied at the spawn. */
static inline int torc__capture_wanted(const torc_abi_buffer *b) {
  return (b->direction & (TORC_ABI_INOUT | TORC_ABI_SHARED)) == TORC_ABI_IN &&
         b->base != NULL && b->bytes > 0;
}

/* The bytes the captured sections of `buffers` need in the record. */
static inline size_t torc__capture_size(uint32_t n,
                                        const torc_abi_buffer *buffers) {
  size_t total = 0;
  for (uint32_t i = 0; i < n; i++)
    if (torc__capture_wanted(&buffers[i]))
      total += torc__task_round16(buffers[i].bytes);
  return total;
}

enum torc__capture_mode {
  TORC__CAPTURE_NONE,  /* a `local` task, or a call made at once */
  TORC__CAPTURE_NOW,   /* copy every section before returning */
  TORC__CAPTURE_LATER  /* leave large sections to torc__capture_finish */
};

/*
 * Fills the record's buffer table from the spawn's `buffers`. A NULL base
 * becomes an empty section (spec §2: NULL moves as NULL). Unless `mode` is
 * NONE, every captured section gets its place in `into`, the space
 * torc__capture_size asked for, and is marked TORC__BUF_PRIVATE; its bytes
 * are copied now, except large ones with mode LATER, which leave
 * t->captured_to below UINTPTR_MAX.
 */
void torc__capture(struct torc__task *t, const torc_abi_buffer *buffers,
                   unsigned char *into, enum torc__capture_mode mode);

/* Whether torc__capture left sections to copy. */
static inline int torc__capture_pending(struct torc__task *t) {
  return atomic_load_explicit(&t->captured_to, memory_order_relaxed) !=
         UINTPTR_MAX;
}

/*
 * Copies the sections torc__capture left, from the same `buffers`, in
 * pieces, publishing each in t->captured_to and waking the communication
 * thread. The spawner's thread; `t` may already be on its way to another
 * node, so nothing of it is touched after the last piece is published.
 */
void torc__capture_finish(struct torc__task *t,
                          const torc_abi_buffer *buffers);

#endif /* TORC_CAPTURE_H */
