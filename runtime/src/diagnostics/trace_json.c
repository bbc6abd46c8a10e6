/*
 * trace_json.c: writing node 0's trace file in the Trace Event Format (see
 * trace_json.h for what it holds, trace.h for the events).
 */
#include "diagnostics/trace_json.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "support/fatal.h"
#include "tasks/tasks.h"

/* The output buffer; the file gets it in pieces of this size. */
#define OUT_CAP ((size_t)1 << 20)

/* The writer; trace.c holds only a pointer to it. */
struct torc__trace_json {
  FILE *f;
  int nodes, nworkers;
  size_t len;
  int err;    /* errno of the first failed write, or 0 */
  int comma;  /* an event has been written: the next needs a comma */
  char buf[]; /* OUT_CAP bytes */
};

/* ---- buffered text ------------------------------------------------ */

static void out_flush(struct torc__trace_json *o) {
  if (o->len > 0 && o->err == 0 && fwrite(o->buf, 1, o->len, o->f) != o->len)
    o->err = errno ? errno : EIO;
  o->len = 0;
}

static void put(struct torc__trace_json *o, const char *s, size_t n) {
  if (o->len + n > OUT_CAP)
    out_flush(o);
  if (n > OUT_CAP) {
    if (o->err == 0 && fwrite(s, 1, n, o->f) != n)
      o->err = errno ? errno : EIO;
    return;
  }
  memcpy(o->buf + o->len, s, n);
  o->len += n;
}

static void put_s(struct torc__trace_json *o, const char *s) {
  put(o, s, strlen(s));
}

/* Room for `n` more bytes at the end of the buffer, for the number
 * formatters, which write in place. */
static char *room(struct torc__trace_json *o, size_t n) {
  if (o->len + n > OUT_CAP)
    out_flush(o);
  return o->buf + o->len;
}

static void put_u64(struct torc__trace_json *o, uint64_t v) {
  char *p = room(o, 20);
  size_t n = 1;
  for (uint64_t x = v; x >= 10; x /= 10)
    n++;
  for (size_t i = n; i-- > 0; v /= 10)
    p[i] = (char)('0' + v % 10);
  o->len += n;
}

static void put_i64(struct torc__trace_json *o, int64_t v) {
  if (v < 0) {
    put(o, "-", 1);
    put_u64(o, 0 - (uint64_t)v);
  } else {
    put_u64(o, (uint64_t)v);
  }
}

/* Nanoseconds as microseconds with three decimals: the format's unit, at
 * the clock's precision. */
static void put_us(struct torc__trace_json *o, uint64_t ns) {
  unsigned frac = (unsigned)(ns % 1000);
  put_u64(o, ns / 1000);
  char *p = room(o, 4);
  p[0] = '.';
  p[1] = (char)('0' + frac / 100);
  p[2] = (char)('0' + frac / 10 % 10);
  p[3] = (char)('0' + frac % 10);
  o->len += 4;
}

/* Text inside a JSON string: names come from the program (task names,
 * host names), so quotes, backslashes and control characters are escaped.
 * Runs of plain characters are copied at once. */
static void put_text(struct torc__trace_json *o, const char *s) {
  static const char hex[] = "0123456789abcdef";
  const char *run = s;
  for (const char *p = s; *p; p++) {
    unsigned char c = (unsigned char)*p;
    if (c >= 0x20 && c != '"' && c != '\\')
      continue;
    put(o, run, (size_t)(p - run));
    run = p + 1;
    if (c >= 0x20) {
      char esc[2] = {'\\', (char)c};
      put(o, esc, 2);
    } else {
      char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
      put(o, esc, 6);
    }
  }
  put(o, run, strlen(run));
}

static void put_json(struct torc__trace_json *o, const char *s) {
  put(o, "\"", 1);
  put_text(o, s);
  put(o, "\"", 1);
}

/* ---- the file ----------------------------------------------------- */

int torc__trace_json_head(FILE *f) {
  if (fputs("{\"traceEvents\":[", f) == EOF || fflush(f) != 0)
    return -1;
  return 0;
}

struct torc__trace_json *torc__trace_json_new(FILE *f, int nodes,
                                              int nworkers) {
  struct torc__trace_json *o = malloc(sizeof *o + OUT_CAP);
  if (o == NULL)
    TORC_FATAL("out of memory writing the trace (TORC_TRACE)");
  o->f = f;
  o->nodes = nodes;
  o->nworkers = nworkers;
  o->len = 0;
  o->err = 0;
  o->comma = 0;
  return o;
}

static void begin_event(struct torc__trace_json *o) {
  put_s(o, o->comma ? ",\n{" : "\n{");
  o->comma = 1;
}

/* Viewers treat process and thread 0 specially (the kernel's idle task),
 * so node n is process n + 1 and local worker w is thread w + 1; the
 * metadata names them "node n" and "worker w". */
static void put_ids(struct torc__trace_json *o, int node, int thread) {
  put_s(o, "\"pid\":");
  put_i64(o, node + 1);
  if (thread >= 0) {
    put_s(o, ",\"tid\":");
    put_i64(o, thread + 1);
  }
}

static void put_meta(struct torc__trace_json *o, int node, int thread,
                     const char *what, const char *key, const char *text,
                     int64_t number) {
  begin_event(o);
  put_s(o, "\"ph\":\"M\",");
  put_ids(o, node, thread);
  put_s(o, ",\"name\":\"");
  put_s(o, what);
  put_s(o, "\",\"args\":{\"");
  put_s(o, key);
  put_s(o, "\":");
  if (text != NULL)
    put_json(o, text);
  else
    put_i64(o, number);
  put_s(o, "}}");
}

void torc__trace_json_node(struct torc__trace_json *o, int node,
                           const char *host) {
  char text[MPI_MAX_PROCESSOR_NAME + 32];
  snprintf(text, sizeof text, "node %d (%s)", node, host);
  put_meta(o, node, -1, "process_name", "name", text, 0);
  put_meta(o, node, -1, "process_sort_index", "sort_index", NULL, node);
  for (int i = 0; i <= o->nworkers; i++) {
    if (i < o->nworkers)
      snprintf(text, sizeof text, "worker %d", i);
    else
      snprintf(text, sizeof text, "communication");
    put_meta(o, node, i, "thread_name", "name", text, 0);
    put_meta(o, node, i, "thread_sort_index", "sort_index", NULL, i);
  }
}

/*
 * How each kind is shown. A slice is named `label`, then the task's name
 * when `named`, then `peer_word` and the other node when there is one,
 * e.g. "send fib to node 1". `peer_arg` names the other node in the
 * slice's arguments; `detail_arg` and `details` say what the detail byte
 * means, when it means something.
 */
static const struct kind_info {
  const char *cat;
  const char *label;
  int named;
  const char *peer_word;
  const char *peer_arg;
  int has_bytes;
  const char *detail_arg;
  const char *details[2 + 1];
} kinds[TORC__TRACE_KINDS] = {
    [TORC__TRACE_TASK] = {"task", "", 1, NULL, "origin node", 0, NULL, {0}},
    [TORC__TRACE_PRIMARY] = {"primary", "", 1, NULL, NULL, 0, NULL, {0}},
    [TORC__TRACE_TASK_OUT] = {"transfer", "send", 1, "to", "to node", 1,
                              "how", {"placed", "stolen", "pushed"}},
    [TORC__TRACE_TASK_IN] = {"transfer", "receive", 1, "from", "from node", 1,
                             "how", {"placed", "stolen", "pushed"}},
    [TORC__TRACE_RESULT_OUT] = {"transfer", "result of", 1, "to", "to node", 1,
                                NULL, {0}},
    [TORC__TRACE_RESULT_IN] = {"transfer", "result of", 1, "from",
                               "from node", 1, NULL, {0}},
    [TORC__TRACE_STEAL_ASK] = {"steal", "steal request", 0, "to", "to node",
                               0, NULL, {0}},
    [TORC__TRACE_STEAL_ANSWER] = {"steal", "steal request", 0, "from",
                                  "from node", 0, "answer",
                                  {"refused", "task"}},
    [TORC__TRACE_STEAL_REFUSED] = {"steal", "refused", 0, "by", "by node", 0,
                                   NULL, {0}},
    [TORC__TRACE_SPMD] = {"spmd", "spmd", 1, NULL, NULL, 0, NULL, {0}},
};

static const char *task_name(uint32_t name) {
  if (name == TORC__TRACE_NAME_MAIN)
    return "main";
  const torc_abi_task *d =
      name == TORC__TRACE_NAME_NONE ? NULL : torc__registry_get(name);
  return d != NULL ? d->name : "?";
}

void torc__trace_json_event(struct torc__trace_json *o, int node,
                            const struct torc__trace_event *e) {
  if (e->kind >= TORC__TRACE_KINDS)
    return;
  const struct kind_info *k = &kinds[e->kind];
  const char *task = task_name(e->name);
  begin_event(o);
  put_s(o, "\"ph\":\"X\",");
  put_ids(o, node, e->thread);
  put_s(o, ",\"ts\":");
  put_us(o, e->start);
  put_s(o, ",\"dur\":");
  put_us(o, e->dur);
  put_s(o, ",\"cat\":\"");
  put_s(o, k->cat);
  /* The slice's name, e.g. "send fib to node 1". */
  put_s(o, "\",\"name\":\"");
  put_s(o, k->label);
  if (k->named) {
    if (k->label[0])
      put_s(o, " ");
    put_text(o, task);
  }
  if (k->peer_word != NULL) {
    put_s(o, " ");
    put_s(o, k->peer_word);
    put_s(o, " node ");
    put_i64(o, e->peer);
  }
  put_s(o, "\",\"args\":{");
  const char *sep = "";
  if (k->named && k->label[0]) {
    put_s(o, "\"task\":");
    put_json(o, task);
    sep = ",";
  }
  if (k->peer_arg != NULL && e->peer >= 0) {
    put_s(o, sep);
    put_json(o, k->peer_arg);
    put_s(o, ":");
    put_i64(o, e->peer);
    sep = ",";
  }
  if (k->has_bytes) {
    put_s(o, sep);
    put_s(o, "\"bytes\":");
    put_u64(o, e->bytes);
    sep = ",";
  }
  if (k->detail_arg != NULL && e->detail < 3 && k->details[e->detail]) {
    put_s(o, sep);
    put_json(o, k->detail_arg);
    put_s(o, ":");
    put_json(o, k->details[e->detail]);
  }
  put_s(o, "}");
  if (e->flow_dir != TORC__FLOW_NONE) {
    put_s(o, ",\"bind_id\":");
    put_u64(o, e->flow);
    if (e->flow_dir != TORC__FLOW_OUT)
      put_s(o, ",\"flow_in\":true");
    if (e->flow_dir != TORC__FLOW_IN)
      put_s(o, ",\"flow_out\":true");
  }
  put_s(o, "}");
}

int torc__trace_json_end(struct torc__trace_json *o) {
  put_s(o, "\n],\"displayTimeUnit\":\"ns\",\"otherData\":{\"runtime\":"
           "\"libtorc " TORC_VERSION "\",\"nodes\":");
  put_i64(o, o->nodes);
  put_s(o, ",\"workers per node\":");
  put_i64(o, o->nworkers);
  put_s(o, ",\"clock\":\"CLOCK_MONOTONIC from a common origin taken after "
           "a barrier\"}}\n");
  out_flush(o);
  int err = o->err;
  free(o);
  return err;
}
