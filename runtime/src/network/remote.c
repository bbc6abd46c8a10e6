/* remote.c: TASK and RESULT records from and to task records. */
#include "network/remote.h"

#include <stdlib.h>
#include <string.h>

#include "diagnostics/diagnostics.h"
#include "network/sites.h"
#include "network/transport.h"
#include "scheduling/scheduling.h"
#include "support/fatal.h"
#include "tasks/tasks.h"

/* Where a zero-length section of a non-NULL pointer points on a remote
 * node: somewhere valid that no task may read or write. */
static unsigned char empty_section[16];

static struct torc__msg_wire_buf *
wire_bufs(uint32_t n, struct torc__msg_wire_buf *small, size_t nsmall) {
  if (n <= nsmall)
    return small;
  struct torc__msg_wire_buf *w = malloc(n * sizeof *w);
  if (w == NULL)
    TORC_FATAL("out of memory for %u buffer entries", n);
  return w;
}

/* Appends a TASK/SPMD record whose sections are described by `bufs` and
 * registers its bulk parts. `owner` is the record that holds `bufs`, or
 * NULL for an spmd call's caller-owned table: a bulk part sent from the
 * record's own memory (a private copy) keeps the record until it is sent. */
static void put_task(int dest, uint32_t kind,
                     const struct torc__msg_wire_task *wt,
                     const torc_abi_buffer *bufs, struct torc__task *owner) {
  uint32_t n = wt->num_buffers;
  struct torc__msg_wire_buf small[8];
  struct torc__msg_wire_buf *wb = wire_bufs(n, small, 8);
  for (uint32_t i = 0; i < n; i++) {
    const torc_abi_buffer *b = &bufs[i];
    const unsigned char *data = b->base;
    if (!(b->direction & TORC__BUF_PRIVATE) && data != NULL)
      data += b->offset;
    /* NULL moves as NULL, whatever its section says (spec §2). */
    wb[i] = (struct torc__msg_wire_buf){b->offset, data ? b->bytes : 0,
                                        b->direction & TORC_ABI_INOUT,
                                        data == NULL ? TORC__W_NULL : 0u, data};
  }
  torc__msg_put_task(torc__transport_frame(dest), kind, wt, wb,
                     TORC__BULK_THRESHOLD);
  for (uint32_t i = 0; i < n; i++)
    if (wb[i].flags & TORC__W_BULK)
      torc__transport_bulk(
          dest, wb[i].data, wb[i].bytes,
          owner != NULL && (bufs[i].direction & TORC__BUF_PRIVATE) ? owner
                                                                   : NULL);
  if (wb != small)
    free(wb);
}

/* A bundle's members go out consecutively, so they share a frame and the
 * receiver rebuilds the bundle; the bundle record itself stays behind. */
static void send_bundle(struct torc__task *b, int dest, int worker,
                        uint32_t wire_flags) {
  struct torc__task *m = b->members;
  torc__task_free(b);
  while (m != NULL) {
    struct torc__task *next = m->next;
    torc__remote_send_task(m, dest, worker,
                           wire_flags | (next != NULL ? TORC__W_MORE : 0u));
    m = next;
  }
}

void torc__remote_send_task(struct torc__task *t, int dest, int worker,
                            uint32_t wire_flags) {
  if (t->flags & TORC__T_BUNDLE) {
    send_bundle(t, dest, worker, wire_flags);
    return;
  }
  uint64_t trace_start = torc__trace_clock();
  int forward = (t->flags & TORC__T_REMOTE) != 0;
  struct torc__msg_wire_task wt = {
      .origin_node = forward ? t->origin_node : torc__node->id,
      .worker = worker,
      .handle = forward ? t->origin_handle : (uint64_t)(uintptr_t)t,
      .task_id = (uint32_t)t->desc->id,
      .flags = wire_flags,
      .num_buffers = t->desc->num_buffers,
      .site = torc__sites_out(dest, t->site),
      .args_size = t->desc->args_size,
      .args = t->args};
  put_task(dest, TORC__REC_TASK, &wt, t->buffers, t);
  torc__trace_task_out(t, dest, torc__remote_how(wire_flags), trace_start);
  if (forward) {
    torc__transport_release(t);
  } else {
    t->flags |= TORC__T_SENT;
    atomic_fetch_add_explicit(&torc__node->outbox.results_awaited, 1,
                              memory_order_relaxed);
  }
}

void torc__remote_send_call(int dest, const torc_abi_task *desc,
                            const torc_abi_site *site, const void *args,
                            const torc_abi_buffer *buffers, uint64_t handle) {
  struct torc__msg_wire_task wt = {.origin_node = torc__node->id,
                                   .worker = -1,
                                   .handle = handle,
                                   .task_id = (uint32_t)desc->id,
                                   .flags = 0,
                                   .num_buffers = desc->num_buffers,
                                   .site = torc__sites_out(dest, site),
                                   .args_size = desc->args_size,
                                   .args = args};
  put_task(dest, TORC__REC_SPMD, &wt, buffers, NULL);
}

/* Reads the buffer entries, sizing the private copies in one pass. */
static struct torc__msg_wire_buf *read_bufs(struct torc__msg_reader *r,
                                            uint32_t n, size_t *copy_bytes) {
  struct torc__msg_wire_buf *wb = malloc((n ? n : 1) * sizeof *wb);
  if (wb == NULL)
    TORC_FATAL("out of memory for %u buffer entries", n);
  *copy_bytes = 0;
  for (uint32_t i = 0; i < n; i++) {
    torc__msg_get_buf(r, &wb[i]);
    *copy_bytes += torc__task_round16(wb[i].bytes);
  }
  return wb;
}

struct torc__task *torc__remote_recv_task(struct torc__msg_reader *r,
                                          int source, int *worker,
                                          uint32_t *wire_flags) {
  struct torc__msg_wire_task wt;
  torc__msg_get_task(r, &wt);
  const torc_abi_task *desc = torc__registry_get(wt.task_id);
  if (desc == NULL || desc->args_size != wt.args_size ||
      desc->num_buffers != wt.num_buffers)
    torc__fatal("torc message", "node %d sent task id %u, which this "
                "node's build does not know with that layout", source,
                wt.task_id);
  size_t copy_bytes;
  struct torc__msg_wire_buf *wb = read_bufs(r, wt.num_buffers, &copy_bytes);
  unsigned char *copies;
  struct torc__task *t =
      torc__task_alloc(desc, 0, copy_bytes, (void **)&copies);
  t->flags = TORC__T_REMOTE;
  t->site = torc__sites_in(source, wt.site);
  t->origin_node = wt.origin_node;
  t->origin_handle = wt.handle;
  if (wt.args_size)
    memcpy(t->args, wt.args, wt.args_size);
  for (uint32_t i = 0; i < wt.num_buffers; i++) {
    torc_abi_buffer *b = &t->buffers[i];
    *b = (torc_abi_buffer){copies, wb[i].offset, wb[i].bytes,
                           wb[i].direction | TORC__BUF_PRIVATE};
    if (wb[i].flags & TORC__W_NULL)
      b->base = NULL;
    else if (wb[i].bytes == 0)
      b->base = empty_section;
    if (wb[i].flags & TORC__W_BULK)
      torc__transport_recv_bulk(source, copies, wb[i].bytes);
    else if (wb[i].data != NULL)
      memcpy(copies, wb[i].data, wb[i].bytes);
    copies += torc__task_round16(wb[i].bytes);
  }
  free(wb);
  *worker = wt.worker;
  *wire_flags = wt.flags;
  return t;
}

void torc__remote_send_result(struct torc__task *t) {
  uint64_t trace_start = torc__trace_clock();
  uint32_t n = t->desc->num_buffers, nout = 0;
  struct torc__msg_wire_buf small[8];
  struct torc__msg_wire_buf *wb = wire_bufs(n, small, 8);
  for (uint32_t i = 0; i < n; i++) {
    torc_abi_buffer *b = &t->buffers[i];
    if (b->direction & TORC_ABI_OUT)
      wb[nout++] = (struct torc__msg_wire_buf){
          b->offset, b->bytes, b->direction & TORC_ABI_INOUT, 0, b->base};
  }
  struct torc__msg_buf *f = torc__transport_frame(t->origin_node);
  torc__msg_put_result(f, t->origin_handle, t->result, t->desc->result_size,
                       nout, wb, TORC__BULK_THRESHOLD);
  for (uint32_t i = 0; i < nout; i++)
    if (wb[i].flags & TORC__W_BULK)
      torc__transport_bulk(t->origin_node, wb[i].data, wb[i].bytes, t);
  if (wb != small)
    free(wb);
  torc__trace_result_out(t, trace_start);
  torc__transport_release(t);
}

void torc__remote_recv_result(struct torc__msg_reader *r, int source) {
  uint64_t trace_start = torc__trace_clock();
  uint64_t handle, result_size;
  const void *result;
  uint32_t nout;
  torc__msg_get_result(r, &handle, &result, &result_size, &nout);
  struct torc__task *t = (struct torc__task *)(uintptr_t)handle;
  if (!(t->flags & TORC__T_SENT) || result_size != t->desc->result_size)
    torc__fatal("torc message", "node %d sent a result that matches no task "
                "this node sent", source);
  atomic_fetch_sub_explicit(&torc__node->outbox.results_awaited, 1,
                            memory_order_relaxed);
  /* The outputs go into the spawner's memory, through pointers the user
   * gave: a bad one faults here, on whichever thread receives, and the
   * report names the task. */
  struct torc__failure_scope scope;
  torc__failure_enter(&scope, t, 0,
                      "writing its outputs into the spawner's memory");
  if (result_size)
    memcpy(t->result, result, result_size);
  uint32_t k = 0;
  for (uint32_t i = 0; i < t->desc->num_buffers; i++) {
    torc_abi_buffer *b = &t->buffers[i];
    if (!(b->direction & TORC_ABI_OUT))
      continue;
    struct torc__msg_wire_buf w;
    if (k++ == nout)
      torc__fatal("torc message", "node %d sent too few outputs", source);
    torc__msg_get_buf(r, &w);
    if (w.bytes != b->bytes)
      torc__fatal("torc message", "node %d sent %llu bytes for a section of "
                  "%llu", source, (unsigned long long)w.bytes,
                  (unsigned long long)b->bytes);
    void *dst = torc__task_section(t, i);
    if (w.flags & TORC__W_BULK)
      torc__transport_recv_bulk(source, dst, w.bytes);
    else if (w.bytes)
      memcpy(dst, w.data, w.bytes);
  }
  torc__task_store_result(t);
  torc__failure_leave(&scope);
  torc__trace_result_in(t, source, trace_start);
  /* The task ran, so its captured sections have reached the other node;
   * only the test of their sends may be outstanding, and the record must
   * outlive it. */
  while (t->sends_left > 0)
    torc__transport_progress();
  torc__completion_finish_stored(t, NULL);
}
