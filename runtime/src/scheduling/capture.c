/* capture.c: `in` data copied into the task record at the spawn. */
#include "scheduling/capture.h"

#include <string.h>

#include "diagnostics/diagnostics.h"
#include "scheduling/node.h"
#include "scheduling/outbox.h"

/* Bytes copied between two publications of t->captured_to: small enough
 * that the first piece leaves early, large enough that the wake-ups cost
 * nothing next to the copy. */
#define STEP ((uint64_t)1 << 20)

static int copied_late(const torc_abi_buffer *b, enum torc__capture_mode mode) {
  return mode == TORC__CAPTURE_LATER && b->bytes >= TORC__CAPTURE_LATE_MIN;
}

/* What a failure while copying names, with the task: the pointers come
 * from the user. */
#define READING_INPUTS "reading its inputs from the spawner's memory"

void torc__capture(struct torc__task *t, const torc_abi_buffer *buffers,
                   unsigned char *into, enum torc__capture_mode mode) {
  uint32_t n = t->desc->num_buffers;
  uintptr_t first_late = UINTPTR_MAX;
  struct torc__failure_scope scope;
  torc__failure_enter(&scope, t, 0, READING_INPUTS);
  for (uint32_t i = 0; i < n; i++) {
    torc_abi_buffer *b = &t->buffers[i];
    *b = buffers[i];
    if (b->base == NULL) {
      b->offset = b->bytes = 0;
      continue;
    }
    if (mode == TORC__CAPTURE_NONE || !torc__capture_wanted(b))
      continue;
    if (!copied_late(b, mode))
      memcpy(into, (const unsigned char *)b->base + b->offset, b->bytes);
    else if (first_late == UINTPTR_MAX)
      first_late = (uintptr_t)into;
    b->base = into;
    b->direction |= TORC__BUF_PRIVATE;
    into += torc__task_round16(b->bytes);
  }
  torc__failure_leave(&scope);
  atomic_store_explicit(&t->captured_to, first_late, memory_order_relaxed);
}

/* Whether the record's section `b` was left for torc__capture_finish. */
static int left_late(const torc_abi_buffer *b) {
  return (b->direction & TORC__BUF_PRIVATE) &&
         copied_late(b, TORC__CAPTURE_LATER);
}

void torc__capture_finish(struct torc__task *t,
                          const torc_abi_buffer *buffers) {
  /* The copies are laid out in buffer order, so a section's copy is done
   * when captured_to passes its end; sections copied at the spawn that lie
   * after a late one are announced with it. The last step publishes
   * UINTPTR_MAX itself: after it, `t` may be gone. */
  uint32_t n = t->desc->num_buffers, last = n;
  for (uint32_t i = 0; i < n; i++)
    if (left_late(&t->buffers[i]))
      last = i;
  if (last == n) {
    atomic_store_explicit(&t->captured_to, UINTPTR_MAX, memory_order_release);
    return;
  }
  for (uint32_t i = 0; i <= last; i++) {
    if (!left_late(&t->buffers[i]))
      continue;
    unsigned char *to = t->buffers[i].base;
    const unsigned char *from =
        (const unsigned char *)buffers[i].base + buffers[i].offset;
    uint64_t bytes = t->buffers[i].bytes;
    for (uint64_t done = 0; done < bytes;) {
      uint64_t step = bytes - done < STEP ? bytes - done : STEP;
      /* Left before the mark, after which `t` may be gone. */
      struct torc__failure_scope scope;
      torc__failure_enter(&scope, t, 0, READING_INPUTS);
      memcpy(to + done, from + done, step);
      torc__failure_leave(&scope);
      done += step;
      uintptr_t upto = i == last && done == bytes ? UINTPTR_MAX
                                                  : (uintptr_t)(to + done);
      /* Release: the copied bytes are visible to whoever sees the mark. */
      atomic_store_explicit(&t->captured_to, upto, memory_order_release);
      torc__outbox_wake();
    }
  }
}
