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
 * Capturing is a step of its own, after the record is made and before it is
 * published, so that a spawn may later delay it until the siblings whose
 * outputs it reads have completed.
 */
#ifndef TORC_CAPTURE_H
#define TORC_CAPTURE_H

#include <stdint.h>

#include "task.h"

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
      total += torc__round16(buffers[i].bytes);
  return total;
}

/*
 * Fills the record's buffer table from the spawn's `buffers`. A NULL base
 * becomes an empty section (spec §2: NULL moves as NULL). With `into`, the
 * space torc__capture_size asked for, every captured section is copied
 * there and marked TORC__BUF_PRIVATE; with NULL, nothing is captured (a
 * `local` task, or a call made at once).
 */
void torc__capture(struct torc__task *t, const torc_abi_buffer *buffers,
                   unsigned char *into);

#endif /* TORC_CAPTURE_H */
