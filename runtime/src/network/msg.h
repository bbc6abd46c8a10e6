/*
 * msg.h: the records that travel between nodes, and their byte layout.
 *
 * A frame (one MPI message) is a sequence of records. Each record starts
 * with a fixed header {kind, reserved, length} and its payload, padded to 8
 * bytes. All integers are in the host's byte order: every node runs the same
 * build on the same kind of machine.
 *
 * A buffer whose section is larger than the bulk threshold is not inline:
 * its entry carries TORC__W_BULK and its bytes follow the frame as separate
 * messages, in record order (see transport.h).
 *
 * This file only packs and unpacks bytes; it knows nothing of MPI or task
 * records, so unit tests can round-trip it.
 */
#ifndef TORC_MSG_H
#define TORC_MSG_H

#include <stddef.h>
#include <stdint.h>

enum torc__msg_rec_kind {
  TORC__REC_TASK = 1,   /* a task to run: header, args, buffers */
  TORC__REC_RESULT = 2, /* a result for the origin: value, out data */
  TORC__REC_STEAL_REQUEST = 3,
  TORC__REC_STEAL_REFUSED = 4,
  TORC__REC_SPMD = 5,      /* an spmd call: same layout as TASK */
  TORC__REC_SPMD_DONE = 6, /* value: the origin's handle of the call */
  TORC__REC_SHUTDOWN = 7,  /* value: the run's exit status */
  TORC__REC_SITE = 8       /* a spawn site's number, line and file name,
                              sent before the first TASK that uses it */
};

/* The site number of a TASK record that names no spawn site. */
#define TORC__NO_SITE UINT32_MAX

/* Flags of a task record. */
enum torc__msg_wire_task_flags {
  TORC__W_STOLEN = 1u << 0, /* the answer to this node's steal request */
  TORC__W_PINNED = 1u << 1, /* placed by node() or worker(): must stay */
  TORC__W_MORE = 1u << 2,   /* a bundle member; the bundle's next member
                               follows in the same frame */
  TORC__W_PUSHED = 1u << 3  /* sent unasked to a node whose request was
                               refused; not the answer to a request */
};

/* Flags of one buffer entry. */
enum torc__msg_wire_buf_flags {
  TORC__W_NULL = 1u << 0, /* the caller's base pointer was NULL */
  TORC__W_BULK = 1u << 1, /* the data follows as a separate message */
  TORC__W_DATA = 1u << 2  /* the entry carries data (inline or bulk) */
};

/* A growable byte buffer that records are appended to. */
struct torc__msg_buf {
  unsigned char *data;
  size_t len, cap;
};

/* A cursor over received bytes; running past `end` is a fatal error. */
struct torc__msg_reader {
  const unsigned char *p, *end;
  int source; /* the sending node, for error messages */
};

struct torc__msg_wire_task {
  int32_t origin_node;
  int32_t worker; /* local worker index at the destination, or -1 */
  uint64_t handle;
  uint32_t task_id;
  uint32_t flags;
  uint32_t num_buffers;
  uint32_t site; /* the sender's number of the spawn site (sites.h) */
  uint64_t args_size;
  const void *args;
};

struct torc__msg_wire_buf {
  uint64_t offset;
  uint64_t bytes;
  uint32_t direction;
  uint32_t flags;
  /* Packing: the section's bytes when flags will carry data. Unpacking:
   * the inline bytes inside the frame, or NULL when bulk or no data. */
  const void *data;
};

void torc__msg_buf_init(struct torc__msg_buf *b);
void torc__msg_buf_free(struct torc__msg_buf *b);
/* Hands the bytes over to the caller and leaves `b` empty. */
unsigned char *torc__msg_buf_take(struct torc__msg_buf *b, size_t *len);

/*
 * Appends a TASK or SPMD record. Buffers with direction IN or INOUT carry
 * data; those above `bulk_threshold` are marked TORC__W_BULK in `bufs` so
 * that the caller sends them after the frame.
 */
void torc__msg_put_task(struct torc__msg_buf *b, uint32_t kind,
                        const struct torc__msg_wire_task *t,
                        struct torc__msg_wire_buf *bufs,
                        uint64_t bulk_threshold);

/*
 * Appends a RESULT record: the value and `nout` sections (each with
 * TORC__W_DATA set by this function, and TORC__W_BULK when large).
 */
void torc__msg_put_result(struct torc__msg_buf *b, uint64_t handle,
                          const void *result, uint64_t result_size,
                          uint32_t nout, struct torc__msg_wire_buf *outs,
                          uint64_t bulk_threshold);

/* Appends a SITE record: number `id` stands for `file`:`line` in later TASK
 * records from this sender. */
void torc__msg_put_site(struct torc__msg_buf *b, uint32_t id, const char *file,
                        uint32_t line);

/* Reads a SITE record; *file points into the frame and is NUL-terminated. */
void torc__msg_get_site(struct torc__msg_reader *r, uint32_t *id,
                        const char **file, uint32_t *line);

/* Appends a record whose whole payload is one 64-bit value. */
void torc__msg_put_value(struct torc__msg_buf *b, uint32_t kind,
                         uint64_t value);

/*
 * Splits off the next record: returns 0 at the end of the frame, 1 with the
 * kind and a reader over the payload otherwise.
 */
int torc__msg_next(struct torc__msg_reader *frame, uint32_t *kind,
                   struct torc__msg_reader *body);

/* Reads the fixed part of a TASK/SPMD record; then call get_buf per buffer. */
void torc__msg_get_task(struct torc__msg_reader *r,
                        struct torc__msg_wire_task *t);

/* Reads the fixed part of a RESULT record; then call get_buf per output. */
void torc__msg_get_result(struct torc__msg_reader *r, uint64_t *handle,
                          const void **result, uint64_t *result_size,
                          uint32_t *nout);

/* Reads one buffer entry and its inline data, if any. */
void torc__msg_get_buf(struct torc__msg_reader *r,
                       struct torc__msg_wire_buf *w);

uint64_t torc__msg_get_value(struct torc__msg_reader *r);

#endif /* TORC_MSG_H */
