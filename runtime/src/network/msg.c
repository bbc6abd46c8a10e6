/* msg.c: packing and unpacking records (layout in msg.h). */
#include "network/msg.h"

#include <stdlib.h>
#include <string.h>

#include "support/array.h"
#include "support/fatal.h"

struct rec_header {
  uint32_t kind;
  uint32_t reserved;
  uint64_t length; /* payload bytes, before padding */
};

struct task_fixed {
  int32_t origin_node;
  int32_t worker;
  uint64_t handle;
  uint32_t task_id;
  uint32_t flags;
  uint32_t num_buffers;
  uint32_t site;
  uint64_t args_size;
};

struct site_fixed {
  uint32_t id;
  uint32_t line;
  uint64_t file_bytes; /* with the terminating NUL */
};

struct buf_fixed {
  uint64_t offset;
  uint64_t bytes;
  uint32_t direction;
  uint32_t flags;
};

struct result_fixed {
  uint64_t handle;
  uint64_t result_size;
  uint32_t nout;
  uint32_t reserved;
};

static size_t pad8(size_t n) { return (n + 7) & ~(size_t)7; }

void torc__msg_buf_init(struct torc__msg_buf *b) {
  b->data = NULL;
  b->len = b->cap = 0;
}

void torc__msg_buf_free(struct torc__msg_buf *b) {
  free(b->data);
  torc__msg_buf_init(b);
}

unsigned char *torc__msg_buf_take(struct torc__msg_buf *b, size_t *len) {
  unsigned char *d = b->data;
  *len = b->len;
  torc__msg_buf_init(b);
  return d;
}

static void *reserve(struct torc__msg_buf *b, size_t n) {
  if (b->len + n > b->cap)
    b->data =
        torc__array_reserve(b->data, &b->cap, b->len + n, 1, 4096, "a message");
  void *p = b->data + b->len;
  b->len += n;
  return p;
}

/* Appends n bytes and zero padding up to a multiple of 8. */
static void put(struct torc__msg_buf *b, const void *src, size_t n) {
  unsigned char *p = reserve(b, pad8(n));
  if (n > 0)
    memcpy(p, src, n);
  memset(p + n, 0, pad8(n) - n);
}

/* Starts a record; returns the header's offset for end_record. */
static size_t begin_record(struct torc__msg_buf *b, uint32_t kind) {
  struct rec_header h = {kind, 0, 0};
  size_t at = b->len;
  put(b, &h, sizeof h);
  return at;
}

static void end_record(struct torc__msg_buf *b, size_t at) {
  struct rec_header h;
  memcpy(&h, b->data + at, sizeof h);
  h.length = b->len - at - sizeof h;
  memcpy(b->data + at, &h, sizeof h);
}

static void put_buf(struct torc__msg_buf *b, struct torc__msg_wire_buf *w,
                    uint64_t bulk_threshold) {
  if ((w->flags & TORC__W_DATA) && w->bytes > bulk_threshold)
    w->flags |= TORC__W_BULK;
  struct buf_fixed f = {w->offset, w->bytes, w->direction, w->flags};
  put(b, &f, sizeof f);
  if ((w->flags & TORC__W_DATA) && !(w->flags & TORC__W_BULK))
    put(b, w->data, w->bytes);
}

void torc__msg_put_task(struct torc__msg_buf *b, uint32_t kind,
                        const struct torc__msg_wire_task *t,
                        struct torc__msg_wire_buf *bufs,
                        uint64_t bulk_threshold) {
  size_t at = begin_record(b, kind);
  struct task_fixed f = {t->origin_node, t->worker,   t->handle,
                         t->task_id,     t->flags,    t->num_buffers,
                         t->site,        t->args_size};
  put(b, &f, sizeof f);
  put(b, t->args, t->args_size);
  for (uint32_t i = 0; i < t->num_buffers; i++) {
    if (bufs[i].direction & 1u) /* IN and INOUT travel to the task */
      bufs[i].flags |= TORC__W_DATA;
    put_buf(b, &bufs[i], bulk_threshold);
  }
  end_record(b, at);
}

void torc__msg_put_result(struct torc__msg_buf *b, uint64_t handle,
                          const void *result, uint64_t result_size,
                          uint32_t nout, struct torc__msg_wire_buf *outs,
                          uint64_t bulk_threshold) {
  size_t at = begin_record(b, TORC__REC_RESULT);
  struct result_fixed f = {handle, result_size, nout, 0};
  put(b, &f, sizeof f);
  put(b, result, result_size);
  for (uint32_t i = 0; i < nout; i++) {
    outs[i].flags |= TORC__W_DATA;
    put_buf(b, &outs[i], bulk_threshold);
  }
  end_record(b, at);
}

void torc__msg_put_site(struct torc__msg_buf *b, uint32_t id, const char *file,
                        uint32_t line) {
  size_t at = begin_record(b, TORC__REC_SITE);
  struct site_fixed f = {id, line, strlen(file) + 1};
  put(b, &f, sizeof f);
  put(b, file, f.file_bytes);
  end_record(b, at);
}

void torc__msg_put_value(struct torc__msg_buf *b, uint32_t kind,
                         uint64_t value) {
  size_t at = begin_record(b, kind);
  put(b, &value, sizeof value);
  end_record(b, at);
}

/* Consumes n bytes (and padding) and returns where they start. */
static const void *get(struct torc__msg_reader *r, uint64_t n) {
  if (n > (uint64_t)(r->end - r->p) || pad8(n) > (uint64_t)(r->end - r->p))
    torc__fatal("torc message", "a malformed message from node %d", r->source);
  const void *p = r->p;
  r->p += pad8(n);
  return p;
}

int torc__msg_next(struct torc__msg_reader *frame, uint32_t *kind,
                   struct torc__msg_reader *body) {
  if (frame->p == frame->end)
    return 0;
  struct rec_header h;
  memcpy(&h, get(frame, sizeof h), sizeof h);
  body->p = get(frame, h.length);
  body->end = body->p + h.length;
  body->source = frame->source;
  *kind = h.kind;
  return 1;
}

void torc__msg_get_task(struct torc__msg_reader *r,
                        struct torc__msg_wire_task *t) {
  struct task_fixed f;
  memcpy(&f, get(r, sizeof f), sizeof f);
  t->origin_node = f.origin_node;
  t->worker = f.worker;
  t->handle = f.handle;
  t->task_id = f.task_id;
  t->flags = f.flags;
  t->num_buffers = f.num_buffers;
  t->site = f.site;
  t->args_size = f.args_size;
  t->args = get(r, f.args_size);
}

void torc__msg_get_result(struct torc__msg_reader *r, uint64_t *handle,
                          const void **result, uint64_t *result_size,
                          uint32_t *nout) {
  struct result_fixed f;
  memcpy(&f, get(r, sizeof f), sizeof f);
  *handle = f.handle;
  *result_size = f.result_size;
  *nout = f.nout;
  *result = get(r, f.result_size);
}

void torc__msg_get_buf(struct torc__msg_reader *r,
                       struct torc__msg_wire_buf *w) {
  struct buf_fixed f;
  memcpy(&f, get(r, sizeof f), sizeof f);
  w->offset = f.offset;
  w->bytes = f.bytes;
  w->direction = f.direction;
  w->flags = f.flags;
  w->data = NULL;
  if ((f.flags & TORC__W_DATA) && !(f.flags & TORC__W_BULK))
    w->data = get(r, f.bytes);
}

void torc__msg_get_site(struct torc__msg_reader *r, uint32_t *id,
                        const char **file, uint32_t *line) {
  struct site_fixed f;
  memcpy(&f, get(r, sizeof f), sizeof f);
  const char *s = get(r, f.file_bytes);
  /* The name is used as a C string, so a sender's bytes must end in NUL. */
  if (f.file_bytes == 0 || s[f.file_bytes - 1] != '\0')
    torc__fatal("torc message", "a malformed site record from node %d",
                r->source);
  *id = f.id;
  *line = f.line;
  *file = s;
}

uint64_t torc__msg_get_value(struct torc__msg_reader *r) {
  uint64_t v;
  memcpy(&v, get(r, sizeof v), sizeof v);
  return v;
}
