/*
 * trace.c: recording events, and at shutdown bringing every node's events
 * to node 0 (see trace.h). trace_json.c turns them into the file's text.
 */
#include "diagnostics/trace.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "diagnostics/trace_json.h"
#include "support/fatal.h"

/* Events per chunk of a thread's buffer: 192 KiB, and one message each
 * when a node sends its events to node 0, far below MPI's int counts. */
#define CHUNK_EVENTS 4096

/* The tag of the events sent to node 0 at shutdown, on the runtime's
 * communicator. The run's own traffic (tags 1 and 2) has ended by then. */
#define TAG_TRACE 3

/* A flow id is a JSON number, which a viewer written in JavaScript reads
 * exactly only below 2^53. */
#define FLOW_MASK (((uint64_t)1 << 53) - 1)

struct chunk {
  struct chunk *next;
  size_t n;
  struct torc__trace_event ev[CHUNK_EVENTS];
};

/* One thread's events. Each on its own cache line: neighbours append at
 * the same time. */
struct torc__trace_buffer {
  _Alignas(64) struct chunk *head, *tail;
};

/* Plus one, so that it is never 0, which the hooks read as "off". */
uint64_t torc__trace_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec + 1;
}

/* ---- recording ---------------------------------------------------- */

static struct chunk *grow(struct torc__trace_buffer *b) {
  struct chunk *c = malloc(sizeof *c);
  if (c == NULL)
    TORC_FATAL("out of memory for the trace (TORC_TRACE)");
  c->next = NULL;
  c->n = 0;
  if (b->tail != NULL)
    b->tail->next = c;
  else
    b->head = c;
  b->tail = c;
  return c;
}

void torc__trace_record(int thread, uint64_t start,
                        struct torc__trace_event *e) {
  struct torc__trace_state *tr = &torc__diagnostics->trace;
  int slot = thread < 0 ? tr->nworkers : thread;
  uint64_t end = torc__trace_now();
  if (start == 0)
    start = end;
  e->start = start > tr->origin ? start - tr->origin : 0;
  e->dur = end > start ? end - start : 0;
  e->thread = (uint16_t)slot;
  e->reserved = 0;
  struct torc__trace_buffer *b = &tr->buffers[slot];
  struct chunk *c = b->tail;
  if (c == NULL || c->n == CHUNK_EVENTS)
    c = grow(b);
  c->ev[c->n++] = *e;
}

/* A 64-bit mix (splitmix64's finaliser), so that nearby handles and
 * counters give unrelated ids. */
static uint64_t mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

static uint64_t flow_id(uint64_t kind, uint64_t a, uint64_t b) {
  uint64_t id = mix(mix(mix(kind) ^ a) ^ b) & FLOW_MASK;
  return id != 0 ? id : 1;
}

/*
 * A task's flow: from the node that first sends it, through every node
 * that receives, passes on or runs it, to its RESULT arriving back at its
 * origin. The origin's node and record address name the task on every node
 * without an extra field on the wire; the address is reused only after the
 * RESULT has arrived, so a reused id starts a new flow later in time.
 */
static uint64_t task_flow(int origin_node, uint64_t handle) {
  return flow_id(1, (uint64_t)(uint32_t)origin_node, handle);
}

static uint64_t steal_flow(int thief, int victim, uint64_t k) {
  struct torc__trace_state *tr = &torc__diagnostics->trace;
  return flow_id(2, (uint64_t)thief * (uint64_t)tr->nodes + (uint64_t)victim,
                 k);
}

/* The bytes that travel with a TASK or RESULT record: `fixed` (the
 * by-value arguments, or the return value) and the sections that move in
 * direction `dir`. */
static uint64_t moved_bytes(const struct torc__task *t, uint32_t dir,
                            uint64_t fixed) {
  uint64_t n = fixed;
  for (uint32_t i = 0; i < t->desc->num_buffers; i++)
    if (t->buffers[i].direction & dir)
      n += t->buffers[i].bytes;
  return n;
}

static uint32_t name_of(const struct torc__task *t) {
  if (t->flags & TORC__T_PRIMARY)
    return TORC__TRACE_NAME_MAIN;
  return t->desc->id >= 0 ? (uint32_t)t->desc->id : TORC__TRACE_NAME_NONE;
}

static struct torc__trace_event event(uint16_t kind, uint32_t name, int peer) {
  struct torc__trace_event e;
  memset(&e, 0, sizeof e);
  e.kind = kind;
  e.name = name;
  e.peer = peer;
  return e;
}

void torc__trace_task_slow(int worker, const struct torc__task *t,
                           uint64_t start) {
  int primary = (t->flags & TORC__T_PRIMARY) != 0;
  struct torc__trace_event e =
      event(primary ? TORC__TRACE_PRIMARY : TORC__TRACE_TASK, name_of(t), -1);
  if (t->flags & TORC__T_REMOTE) {
    e.peer = t->origin_node;
    e.flow = task_flow(t->origin_node, t->origin_handle);
    e.flow_dir = TORC__FLOW_STEP;
  }
  torc__trace_record(worker, start, &e);
}

void torc__trace_task_out_slow(const struct torc__task *t, int dest,
                               enum torc__trace_how how, uint64_t start) {
  struct torc__trace_state *tr = &torc__diagnostics->trace;
  struct torc__trace_event e = event(TORC__TRACE_TASK_OUT, name_of(t), dest);
  e.bytes = moved_bytes(t, TORC_ABI_IN, t->desc->args_size);
  e.detail = (uint8_t)how; /* named by trace_json.c's `kinds` */
  if (t->flags & TORC__T_REMOTE) {
    /* Passed on by a node that received it: the flow goes on. */
    e.flow = task_flow(t->origin_node, t->origin_handle);
    e.flow_dir = TORC__FLOW_STEP;
  } else {
    e.flow = task_flow(tr->node, (uint64_t)(uintptr_t)t);
    e.flow_dir = TORC__FLOW_OUT;
  }
  torc__trace_record(TORC__TRACE_COMM, start, &e);
}

void torc__trace_task_in_slow(const struct torc__task *t, int source,
                              enum torc__trace_how how, uint64_t start) {
  struct torc__trace_event e = event(TORC__TRACE_TASK_IN, name_of(t), source);
  e.bytes = moved_bytes(t, TORC_ABI_IN, t->desc->args_size);
  e.detail = (uint8_t)how; /* named by trace_json.c's `kinds` */
  e.flow = task_flow(t->origin_node, t->origin_handle);
  e.flow_dir = TORC__FLOW_STEP;
  torc__trace_record(TORC__TRACE_COMM, start, &e);
}

void torc__trace_result_out_slow(const struct torc__task *t, uint64_t start) {
  struct torc__trace_event e =
      event(TORC__TRACE_RESULT_OUT, name_of(t), t->origin_node);
  e.bytes = moved_bytes(t, TORC_ABI_OUT, t->desc->result_size);
  e.flow = task_flow(t->origin_node, t->origin_handle);
  e.flow_dir = TORC__FLOW_STEP;
  torc__trace_record(TORC__TRACE_COMM, start, &e);
}

void torc__trace_result_in_slow(const struct torc__task *t, int source,
                                uint64_t start) {
  struct torc__trace_state *tr = &torc__diagnostics->trace;
  struct torc__trace_event e = event(TORC__TRACE_RESULT_IN, name_of(t), source);
  e.bytes = moved_bytes(t, TORC_ABI_OUT, t->desc->result_size);
  e.flow = task_flow(tr->node, (uint64_t)(uintptr_t)t);
  e.flow_dir = TORC__FLOW_IN;
  torc__trace_record(TORC__TRACE_COMM, start, &e);
}

/*
 * A request's flow starts at the thief, and ends at the victim when it
 * grants a task (whose own flow then goes back) or goes on to the refusal
 * arriving at the thief. A thief has one request out at a time, so a
 * refusal answers the last request sent to that victim.
 */
void torc__trace_spmd_slow(const struct torc__task *t, uint64_t start) {
  struct torc__trace_event e = event(TORC__TRACE_SPMD, name_of(t), -1);
  torc__trace_record(TORC__TRACE_COMM, start, &e);
}

void torc__trace_steal_slow(int kind, int peer, int granted) {
  struct torc__trace_state *tr = &torc__diagnostics->trace;
  if (peer < 0 || peer >= tr->nodes)
    return;
  struct torc__trace_event e =
      event((uint16_t)kind, TORC__TRACE_NAME_NONE, peer);
  if (kind == TORC__TRACE_STEAL_ASK) {
    e.flow = steal_flow(tr->node, peer, ++tr->asked[peer]);
    e.flow_dir = TORC__FLOW_OUT;
  } else if (kind == TORC__TRACE_STEAL_ANSWER) {
    e.flow = steal_flow(peer, tr->node, ++tr->answered[peer]);
    e.flow_dir = granted ? TORC__FLOW_IN : TORC__FLOW_STEP;
    e.detail = granted ? 1 : 0;
  } else {
    e.flow = steal_flow(tr->node, peer, tr->asked[peer]);
    e.flow_dir = TORC__FLOW_IN;
  }
  torc__trace_record(TORC__TRACE_COMM, 0, &e);
}

/* ---- start-up ----------------------------------------------------- */

int torc__trace_open(const char *path, char *err, size_t err_size) {
  struct torc__trace_state *tr = &torc__diagnostics->trace;
  FILE *f = fopen(path, "w");
  if (f == NULL) {
    snprintf(err, err_size, "TORC_TRACE=%s: cannot open for writing: %s",
             path, strerror(errno));
    return -1;
  }
  /* The start of the file, written at once: some files open for writing
   * but refuse the bytes (/dev/full, most of /proc), which must stop the
   * run before the work as well. */
  if (torc__trace_json_head(f) != 0) {
    snprintf(err, err_size, "TORC_TRACE=%s: cannot write: %s", path,
             strerror(errno));
    fclose(f);
    return -1;
  }
  char *copy = malloc(strlen(path) + 1);
  if (copy == NULL)
    TORC_FATAL("out of memory");
  strcpy(copy, path);
  free(tr->path);
  tr->file = f;
  tr->path = copy;
  return 0;
}

void torc__trace_start(MPI_Comm comm, int nworkers) {
  struct torc__trace_state *tr = &torc__diagnostics->trace;
  TORC_MPI(MPI_Comm_rank(comm, &tr->node));
  TORC_MPI(MPI_Comm_size(comm, &tr->nodes));
  int on = tr->node == 0 && tr->file != NULL;
  TORC_MPI(MPI_Bcast(&on, 1, MPI_INT, 0, comm));
  if (!on)
    return;
  tr->nworkers = nworkers;
  size_t bytes = (size_t)(nworkers + 1) * sizeof *tr->buffers;
  tr->buffers = aligned_alloc(64, (bytes + 63) & ~(size_t)63);
  tr->asked = calloc((size_t)tr->nodes, sizeof *tr->asked);
  tr->answered = calloc((size_t)tr->nodes, sizeof *tr->answered);
  if (tr->buffers == NULL || tr->asked == NULL || tr->answered == NULL)
    TORC_FATAL("out of memory for the trace (TORC_TRACE)");
  memset(tr->buffers, 0, bytes);
  int len = 0;
  TORC_MPI(MPI_Get_processor_name(tr->host, &len));
  /*
   * The common origin: each node reads its clock right after a barrier, so
   * nodes on different hosts agree to within the barrier's skew (a few
   * microseconds on one switch). Nodes on node 0's host share its clock
   * (CLOCK_MONOTONIC is per kernel) and take node 0's reading, exactly.
   */
  struct {
    uint64_t origin;
    char host[MPI_MAX_PROCESSOR_NAME];
  } zero;
  TORC_MPI(MPI_Barrier(comm));
  tr->origin = torc__trace_now();
  memset(&zero, 0, sizeof zero);
  zero.origin = tr->origin;
  memcpy(zero.host, tr->host, sizeof zero.host);
  TORC_MPI(MPI_Bcast(&zero, (int)sizeof zero, MPI_BYTE, 0, comm));
  if (strcmp(zero.host, tr->host) == 0)
    tr->origin = zero.origin;
  tr->on = 1;
}

/* ---- shutdown: every node's events to node 0 ---------------------- */

/* What a node sends node 0 before its events. */
struct header {
  uint64_t events;
  char host[MPI_MAX_PROCESSOR_NAME];
};

static uint64_t count_events(void) {
  struct torc__trace_state *tr = &torc__diagnostics->trace;
  uint64_t n = 0;
  for (int i = 0; i <= tr->nworkers; i++)
    for (struct chunk *c = tr->buffers[i].head; c != NULL; c = c->next)
      n += c->n;
  return n;
}

/* Nodes other than 0: the header, then every filled chunk as a message. */
static void send_events(MPI_Comm comm) {
  struct torc__trace_state *tr = &torc__diagnostics->trace;
  struct header h;
  memset(&h, 0, sizeof h);
  h.events = count_events();
  memcpy(h.host, tr->host, sizeof h.host);
  TORC_MPI(MPI_Send(&h, (int)sizeof h, MPI_BYTE, 0, TAG_TRACE, comm));
  for (int i = 0; i <= tr->nworkers; i++)
    for (struct chunk *c = tr->buffers[i].head; c != NULL; c = c->next)
      if (c->n > 0)
        TORC_MPI(MPI_Send(c->ev, (int)(c->n * sizeof *c->ev), MPI_BYTE, 0,
                          TAG_TRACE, comm));
}

/* Node 0: node `node`'s header and events, written as they arrive, so
 * node 0 holds one chunk of another node's events at a time. */
static void receive_events(struct torc__trace_json *o, MPI_Comm comm,
                           int node, struct torc__trace_event *chunk) {
  struct header h;
  TORC_MPI(MPI_Recv(&h, (int)sizeof h, MPI_BYTE, node, TAG_TRACE, comm,
                    MPI_STATUS_IGNORE));
  h.host[sizeof h.host - 1] = '\0';
  torc__trace_json_node(o, node, h.host);
  for (uint64_t got = 0; got < h.events;) {
    MPI_Status st;
    int bytes = 0;
    TORC_MPI(MPI_Recv(chunk, (int)(CHUNK_EVENTS * sizeof *chunk), MPI_BYTE,
                      node, TAG_TRACE, comm, &st));
    TORC_MPI(MPI_Get_count(&st, MPI_BYTE, &bytes));
    size_t n = (size_t)bytes / sizeof *chunk;
    if (n == 0)
      TORC_FATAL("node %d sent an empty piece of its trace", node);
    for (size_t i = 0; i < n; i++)
      torc__trace_json_event(o, node, &chunk[i]);
    got += n;
  }
}

/* Node 0: its own events, then every other node's in node order, and
 * closes the file. Returns 0, or -1 after printing why. */
static int write_trace(MPI_Comm comm) {
  struct torc__trace_state *tr = &torc__diagnostics->trace;
  struct torc__trace_json *o =
      torc__trace_json_new(tr->file, tr->nodes, tr->nworkers);
  struct torc__trace_event *chunk = malloc(CHUNK_EVENTS * sizeof *chunk);
  if (chunk == NULL)
    TORC_FATAL("out of memory writing the trace (TORC_TRACE)");
  torc__trace_json_node(o, 0, tr->host);
  for (int i = 0; i <= tr->nworkers; i++)
    for (struct chunk *c = tr->buffers[i].head; c != NULL; c = c->next)
      for (size_t k = 0; k < c->n; k++)
        torc__trace_json_event(o, 0, &c->ev[k]);
  /* Every node's events are received even after a failed write, so that
   * no node is left waiting in its send. */
  for (int node = 1; node < tr->nodes; node++)
    receive_events(o, comm, node, chunk);
  int err = torc__trace_json_end(o);
  free(chunk);
  if (fclose(tr->file) != 0 && err == 0)
    err = errno ? errno : EIO;
  tr->file = NULL;
  if (err == 0)
    return 0;
  fprintf(stderr, "torc: error: TORC_TRACE=%s: cannot write: %s\n", tr->path,
          strerror(err));
  fflush(stderr);
  return -1;
}

static void free_buffers(void) {
  struct torc__trace_state *tr = &torc__diagnostics->trace;
  for (int i = 0; tr->buffers != NULL && i <= tr->nworkers; i++) {
    struct chunk *c = tr->buffers[i].head;
    while (c != NULL) {
      struct chunk *next = c->next;
      free(c);
      c = next;
    }
  }
  free(tr->buffers);
  free(tr->asked);
  free(tr->answered);
  tr->buffers = NULL;
  tr->asked = tr->answered = NULL;
}

int torc__trace_finish(MPI_Comm comm) {
  struct torc__trace_state *tr = &torc__diagnostics->trace;
  if (!tr->on)
    return 0;
  tr->on = 0;
  int rc = 0;
  if (tr->node == 0)
    rc = write_trace(comm);
  else
    send_events(comm);
  free_buffers();
  free(tr->path);
  tr->path = NULL;
  return rc;
}
