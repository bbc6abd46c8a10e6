/* checkpoint.c: keys, restoring and recording checkpointed tasks
 * (checkpoint.h). */
#include "checkpoint/checkpoint.h"

#include <stdlib.h>
#include <string.h>

#include "checkpoint/digest.h"
#include "checkpoint/journal.h"
#include "support/fatal.h"

int torc__checkpoint_begin(const char *dir, int node, uint64_t build, char *err,
                           size_t err_size) {
  if (torc__journal_open(dir, node, build, err, err_size) != 0)
    return -1;
  torc__checkpoint->on = 1;
  return 0;
}

int torc__checkpoint_end(char *err, size_t err_size) {
  if (!torc__checkpoint->on)
    return 0;
  torc__checkpoint->on = 0;
  return torc__journal_close(err, err_size);
}

static void add_string(struct torc__digest *d, const char *s) {
  /* With its terminator, so that "ab"+"c" and "a"+"bc" differ. */
  s = s != NULL ? s : "";
  torc__digest_add(d, s, strlen(s) + 1);
}

static void add_u64(struct torc__digest *d, uint64_t v) {
  torc__digest_add(d, &v, sizeof v);
}

void torc__checkpoint_key(const torc_abi_task *task, const torc_abi_site *site,
                          const void *args, const torc_abi_buffer *buffers,
                          uint64_t key[2]) {
  struct torc__digest d;
  torc__digest_init(&d);
  add_string(&d, task->name);
  add_string(&d, site != NULL ? site->file : NULL);
  add_u64(&d, site != NULL ? site->line : 0);
  add_u64(&d, task->args_size);
  if (task->args_size)
    torc__digest_add(&d, args, task->args_size);
  add_u64(&d, task->num_buffers);
  for (uint32_t i = 0; i < task->num_buffers; i++) {
    const torc_abi_buffer *b = &buffers[i];
    add_u64(&d, b->direction & TORC_ABI_INOUT);
    add_u64(&d, b->bytes);
    if ((b->direction & TORC_ABI_IN) && b->base != NULL && b->bytes > 0)
      torc__digest_add(&d, (const unsigned char *)b->base + b->offset,
                       b->bytes);
  }
  torc__digest_end(&d, key);
}

/* The bytes a record of `task` holds: its result, then each output. */
static uint64_t payload_bytes(const torc_abi_task *task,
                              const torc_abi_buffer *buffers) {
  uint64_t n = task->result_size;
  for (uint32_t i = 0; i < task->num_buffers; i++)
    if (buffers[i].direction & TORC_ABI_OUT)
      n += buffers[i].bytes;
  return n;
}

int torc__checkpoint_restore(const torc_abi_task *task,
                             const torc_abi_buffer *buffers, void *target,
                             torc_abi_store store,
                             const torc_abi_options *options,
                             const uint64_t key[2]) {
  uint32_t bytes;
  const unsigned char *p = torc__journal_find(key, &bytes);
  /* A record of another size is not this spawn's, whatever its key says:
   * the task runs. */
  if (p == NULL || bytes != payload_bytes(task, buffers))
    return 0;
  const unsigned char *result = p;
  p += task->result_size;
  for (uint32_t i = 0; i < task->num_buffers; i++) {
    const torc_abi_buffer *b = &buffers[i];
    if (!(b->direction & TORC_ABI_OUT) || b->bytes == 0)
      continue;
    memcpy((unsigned char *)b->base + b->offset, p, b->bytes);
    p += b->bytes;
  }
  if (target != NULL && task->result_size > 0) {
    if (store != NULL)
      store(target, result);
    else
      memcpy(target, result, task->result_size);
  }
  if (options->callback != NULL)
    options->callback((void *)options->callback_data);
  return 1;
}

void torc__checkpoint_record(const uint64_t key[2], const struct iovec *parts,
                             int count) {
  torc__journal_append(key, parts, count);
}
