/* capture.c: `in` data copied into the task record at the spawn. */
#include "capture.h"

#include <string.h>

void torc__capture(struct torc__task *t, const torc_abi_buffer *buffers,
                   unsigned char *into) {
  uint32_t n = t->desc->num_buffers;
  for (uint32_t i = 0; i < n; i++) {
    torc_abi_buffer *b = &t->buffers[i];
    *b = buffers[i];
    if (b->base == NULL) {
      b->offset = b->bytes = 0;
      continue;
    }
    if (into == NULL || !torc__capture_wanted(b))
      continue;
    memcpy(into, (const unsigned char *)b->base + b->offset, b->bytes);
    b->base = into;
    b->direction |= TORC__BUF_PRIVATE;
    into += torc__round16(b->bytes);
  }
}
