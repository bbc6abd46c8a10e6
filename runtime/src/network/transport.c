/* transport.c: frames, bulk parts and non-blocking sends over MPI. */
#include "network/transport.h"

#include <limits.h>
#include <stdlib.h>

#include "network/doorbell.h"
#include "network/state.h"
#include "support/array.h"
#include "support/fatal.h"

enum { TAG_FRAME = 1, TAG_BULK = 2 };

/* Bulk parts travel in pieces of this size, on both sides: MPI counts are
 * ints, and a part still being captured (capture.h) leaves piece by piece
 * as its bytes are copied. */
#define PIECE ((uint64_t)4 << 20)

/* Flush a destination early when its frame grows past this. */
#define FRAME_LIMIT ((size_t)1 << 20)

struct bulk {
  const void *data;
  uint64_t bytes;
  struct torc__task *owner;
};

/* Bulk parts are sent in registration order. Those from `sent` on wait:
 * for the next flush, or, from a flush on, for bytes still being captured
 * (`offset` bytes of bulks[sent] are out already). */
struct torc__transport_dest {
  struct torc__msg_buf frame;
  struct bulk *bulks;
  size_t nbulks, cap;
  size_t sent;     /* bulks before this index have been handed to MPI */
  size_t flushed;  /* bulks before this index belong to flushed frames */
  uint64_t offset;
  int waiting;     /* counted in nwaiting: sent < flushed after a try */
};

/* What an outstanding send was reading; its request is at the same index
 * of `requests`. */
struct torc__transport_send {
  void *free_me;            /* frame bytes, or NULL */
  struct torc__task *owner; /* record whose sends_left drops, or NULL */
};

void torc__transport_init(MPI_Comm c, int rank, int size) {
  struct torc__transport_state *xp = &torc__network->transport;
  (void)rank;
  xp->comm = c;
  xp->nnodes = size;
  xp->dests = calloc((size_t)size, sizeof *xp->dests);
  if (xp->dests == NULL)
    TORC_FATAL("out of memory");
}

void torc__transport_destroy(void) {
  struct torc__transport_state *xp = &torc__network->transport;
  for (int i = 0; i < xp->nnodes; i++) {
    torc__msg_buf_free(&xp->dests[i].frame);
    free(xp->dests[i].bulks);
  }
  free(xp->dests);
  free(xp->sends);
  free(xp->requests);
  free(xp->completed);
  free(xp->inframe);
}

static void flush_dest(int dest);

struct torc__msg_buf *torc__transport_frame(int dest) {
  struct torc__transport_state *xp = &torc__network->transport;
  /* A full frame goes out before the next record, with its bulk parts. */
  if (xp->dests[dest].frame.len > FRAME_LIMIT)
    flush_dest(dest);
  return &xp->dests[dest].frame;
}

void torc__transport_bulk(int dest, const void *data, uint64_t bytes,
                          struct torc__task *owner) {
  struct torc__transport_state *xp = &torc__network->transport;
  struct torc__transport_dest *d = &xp->dests[dest];
  if (d->nbulks == d->cap)
    d->bulks = torc__array_reserve(d->bulks, &d->cap, d->nbulks + 1,
                                   sizeof *d->bulks, 16, "bulk parts");
  d->bulks[d->nbulks++] = (struct bulk){data, bytes, owner};
  if (owner != NULL)
    owner->sends_left += (int)((bytes + PIECE - 1) / PIECE) + (bytes == 0);
}

void torc__transport_release(struct torc__task *owner) {
  owner->flags |= TORC__T_RELEASED;
  if (owner->sends_left == 0)
    torc__task_free(owner);
}

static void track(MPI_Request req, void *free_me, struct torc__task *owner) {
  struct torc__transport_state *xp = &torc__network->transport;
  if (xp->nsends == xp->sends_cap) {
    /* Three arrays indexed alike share one capacity. */
    xp->sends_cap =
        torc__array_grow_cap(xp->sends_cap, xp->nsends + 1, 64, "sends");
    xp->sends = torc__array_resize(xp->sends, xp->sends_cap, sizeof *xp->sends,
                                   "sends");
    xp->requests = torc__array_resize(xp->requests, xp->sends_cap,
                                      sizeof *xp->requests, "send requests");
    xp->completed =
        torc__array_resize(xp->completed, xp->sends_cap, sizeof *xp->completed,
                           "send completions");
  }
  xp->requests[xp->nsends] = req;
  xp->sends[xp->nsends++] = (struct torc__transport_send){free_me, owner};
}

/* Whether the bytes [p, p + n) of `b` may be sent: a part sent from a
 * record's memory may still be being copied there. */
static int piece_ready(const struct bulk *b, const unsigned char *p,
                       uint64_t n) {
  /* Acquire: pairs with the capturing spawner's release, so the piece's
   * bytes are read after they were written. */
  return b->owner == NULL ||
         (uintptr_t)(p + n) <= atomic_load_explicit(&b->owner->captured_to,
                                                    memory_order_acquire);
}

/* Hands to MPI every piece of `d`'s flushed bulk parts that is ready, in
 * order, stopping at the first that is not. Returns 1 if it sent any. */
static int send_pieces(int dest) {
  struct torc__transport_state *xp = &torc__network->transport;
  struct torc__transport_dest *d = &xp->dests[dest];
  int any = 0;
  while (d->sent < d->flushed) {
    const struct bulk *b = &d->bulks[d->sent];
    do {
      const unsigned char *p = (const unsigned char *)b->data + d->offset;
      uint64_t left = b->bytes - d->offset;
      uint64_t n = left < PIECE ? left : PIECE;
      if (!piece_ready(b, p, n))
        return any;
      MPI_Request req;
      TORC_MPI(MPI_Isend(p, (int)n, MPI_BYTE, dest, TAG_BULK, xp->comm, &req));
      track(req, NULL, b->owner);
      d->offset += n;
      any = 1;
    } while (d->offset < b->bytes);
    d->offset = 0;
    d->sent++;
  }
  if (d->sent == d->nbulks)
    d->sent = d->flushed = d->nbulks = 0;
  return any;
}

/* send_pieces, keeping `waiting` and nwaiting up to date. */
static int send_ready(int dest) {
  struct torc__transport_state *xp = &torc__network->transport;
  struct torc__transport_dest *d = &xp->dests[dest];
  int any = send_pieces(dest);
  int now = d->sent < d->flushed;
  xp->nwaiting += now - d->waiting;
  d->waiting = now;
  return any;
}

static void flush_dest(int dest) {
  struct torc__transport_state *xp = &torc__network->transport;
  struct torc__transport_dest *d = &xp->dests[dest];
  size_t len;
  unsigned char *bytes = torc__msg_buf_take(&d->frame, &len);
  if (len > INT_MAX)
    TORC_FATAL("a frame of %zu bytes is too large", len);
  MPI_Request req;
  TORC_MPI(
      MPI_Isend(bytes, (int)len, MPI_BYTE, dest, TAG_FRAME, xp->comm, &req));
  track(req, bytes, NULL);
  /* The frame may overtake bulk parts of earlier frames that wait for
   * their bytes: the receiver takes those before it reads this frame, and
   * this frame's own parts queue behind them. */
  d->flushed = d->nbulks;
  send_ready(dest);
  /* After the sends, so that a receiver woken by the ring finds the frame
   * (a shared-memory transport has queued it by now). */
  torc__doorbell_ring(dest);
}

int torc__transport_flush(void) {
  struct torc__transport_state *xp = &torc__network->transport;
  int any = 0;
  for (int i = 0; i < xp->nnodes; i++) {
    if (xp->dests[i].frame.len > 0) {
      flush_dest(i);
      any = 1;
    }
  }
  return any;
}

static void finish(struct torc__transport_send *s) {
  free(s->free_me);
  struct torc__task *o = s->owner;
  if (o == NULL)
    return;
  if (--o->sends_left == 0 && (o->flags & TORC__T_RELEASED))
    torc__task_free(o);
}

int torc__transport_progress(void) {
  struct torc__transport_state *xp = &torc__network->transport;
  int any = 0;
  for (int i = 0; xp->nwaiting > 0 && i < xp->nnodes; i++)
    if (xp->dests[i].waiting)
      any |= send_ready(i);
  if (xp->nsends == 0)
    return any;
  /* One call for all of them: each test of its own would turn MPI's
   * progress engine once more. */
  int n = 0;
  TORC_MPI(MPI_Testsome((int)xp->nsends, xp->requests, &n, xp->completed,
                        MPI_STATUSES_IGNORE));
  if (n <= 0 || n == MPI_UNDEFINED)
    return any;
  for (int k = 0; k < n; k++)
    finish(&xp->sends[xp->completed[k]]);
  /* Completed requests are MPI_REQUEST_NULL now: compact the arrays. */
  size_t kept = 0;
  for (size_t i = 0; i < xp->nsends; i++) {
    if (xp->requests[i] == MPI_REQUEST_NULL)
      continue;
    xp->requests[kept] = xp->requests[i];
    xp->sends[kept++] = xp->sends[i];
  }
  xp->nsends = kept;
  return 1;
}

int torc__transport_poll(struct torc__msg_reader *r) {
  struct torc__transport_state *xp = &torc__network->transport;
  int flag = 0, count = 0;
  MPI_Message msg;
  MPI_Status st;
  /* A matched probe: the receive then takes that very message without
   * matching again, and without another turn of MPI's progress engine,
   * which over TCP is a system call. */
  TORC_MPI(MPI_Improbe(MPI_ANY_SOURCE, TAG_FRAME, xp->comm, &flag, &msg, &st));
  if (!flag)
    return 0;
  TORC_MPI(MPI_Get_count(&st, MPI_BYTE, &count));
  free(xp->inframe);
  xp->inframe = malloc(count > 0 ? (size_t)count : 1);
  if (xp->inframe == NULL)
    TORC_FATAL("out of memory for a frame of %d bytes", count);
  TORC_MPI(MPI_Mrecv(xp->inframe, count, MPI_BYTE, &msg, MPI_STATUS_IGNORE));
  r->p = xp->inframe;
  r->end = xp->inframe + count;
  r->source = st.MPI_SOURCE;
  torc__doorbell_heard(st.MPI_SOURCE);
  return 1;
}

void torc__transport_recv_bulk(int source, void *dest, uint64_t bytes) {
  struct torc__transport_state *xp = &torc__network->transport;
  unsigned char *p = dest;
  uint64_t left = bytes;
  do {
    uint64_t n = left < PIECE ? left : PIECE;
    TORC_MPI(MPI_Recv(p, (int)n, MPI_BYTE, source, TAG_BULK, xp->comm,
                      MPI_STATUS_IGNORE));
    p += n;
    left -= n;
  } while (left > 0);
}

int torc__transport_sending(void) {
  return torc__network->transport.nsends > 0 ||
         torc__network->transport.nwaiting > 0;
}

void torc__transport_drain(void) {
  while (torc__transport_sending())
    torc__transport_progress();
}
