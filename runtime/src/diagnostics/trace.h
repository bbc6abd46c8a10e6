/*
 * trace.h: TORC_TRACE=file.json, a Chrome/Perfetto trace of the run.
 *
 * Every thread of a node (each worker, and the communication thread) appends
 * compact event records to a buffer of its own, without locks. At shutdown
 * every node sends its records to node 0, which writes one JSON file in the
 * Trace Event Format: one process per node, one thread per worker plus one
 * for the communication thread, a complete ("X") slice per task execution
 * and per TASK, RESULT and steal record moved between nodes, and flows
 * (bind_id with flow_out/flow_in) that draw the path of a task to another
 * node and of its result back.
 *
 * The hooks below are what the rest of the runtime calls. When tracing is
 * off, each costs a load of one read-mostly flag and a branch predicted not
 * taken, or (for the pairs that measure a slice) a test of the value the
 * first half returned; nothing is called out of line. The flag lives on a
 * cache line of its own, written only while no other runtime thread runs.
 *
 * Adding an event kind (for a later subsystem, such as a checkpoint
 * journal): a value in enum torc__trace_kind, a row in trace_json.c's `kinds`
 * table (its category, how its slice is named, what its detail means), and
 * a hook that fills a struct torc__trace_event and calls torc__trace_record
 * from the thread the event happens on.
 */
#ifndef TORC_TRACE_H
#define TORC_TRACE_H

#include <mpi.h>
#include <stddef.h>
#include <stdint.h>

#include "diagnostics/state.h"
#include "tasks/tasks.h"

enum torc__trace_kind {
  TORC__TRACE_TASK,          /* a worker ran a task, its implicit wait too */
  TORC__TRACE_PRIMARY,       /* the primary task (main) */
  TORC__TRACE_TASK_OUT,      /* a TASK record packed for node `peer` */
  TORC__TRACE_TASK_IN,       /* a TASK record read from `peer`, bulk too */
  TORC__TRACE_RESULT_OUT,    /* a RESULT record packed for `peer` */
  TORC__TRACE_RESULT_IN,     /* a RESULT record from `peer` applied */
  TORC__TRACE_STEAL_ASK,     /* a steal request sent to `peer` */
  TORC__TRACE_STEAL_ANSWER,  /* `peer`'s request answered: detail 1 = task */
  TORC__TRACE_STEAL_REFUSED, /* this node's request refused by `peer` */
  TORC__TRACE_SPMD,          /* an spmd function ran on this node */
  TORC__TRACE_KINDS
};

/* How an event takes part in its flow (Perfetto's flow_out/flow_in). */
enum torc__trace_flow {
  TORC__FLOW_NONE,
  TORC__FLOW_OUT,  /* the flow starts at this slice */
  TORC__FLOW_IN,   /* and ends here */
  TORC__FLOW_STEP  /* passes through: in and out */
};

/* `name` values that are not task ids. */
#define TORC__TRACE_NAME_NONE UINT32_MAX
#define TORC__TRACE_NAME_MAIN (UINT32_MAX - 1)

/* The `thread` of events recorded by the communication thread. */
#define TORC__TRACE_COMM (-1)

/* One event: 48 bytes, whatever its kind. */
struct torc__trace_event {
  uint64_t start;   /* ns from the run's common origin; set by record */
  uint64_t dur;     /* ns; set by record */
  uint64_t bytes;   /* data moved: arguments and sections, or the result */
  uint64_t flow;    /* flow id (53 bits, never 0) when flow_dir is set */
  uint32_t name;    /* task id (registry.h), or TORC__TRACE_NAME_* */
  int32_t peer;     /* the other node, or -1 */
  uint16_t kind;    /* enum torc__trace_kind */
  uint8_t flow_dir; /* enum torc__trace_flow */
  uint8_t detail;   /* per kind, see trace_json.c */
  uint16_t thread;  /* local worker id, or the workers' count for comm */
  uint16_t reserved;
};

/* The clock events are measured with (CLOCK_MONOTONIC, ns); never 0. */
uint64_t torc__trace_now(void);

/* The start of a slice: the clock while tracing, else 0 (no call). */
static inline uint64_t torc__trace_clock(void) {
  return __builtin_expect(torc__diagnostics->trace.on, 0) ? torc__trace_now()
                                                          : 0;
}

/*
 * Appends `e` to the buffer of `thread` (a local worker id, or
 * TORC__TRACE_COMM) as a slice from `start` (a torc__trace_clock value) to
 * now, or as an instant now when `start` is 0. Only while tracing, and only
 * from that thread.
 */
void torc__trace_record(int thread, uint64_t start,
                        struct torc__trace_event *e);

/* Why a TASK record travels; the `how` of its trace slices. */
enum torc__trace_how {
  TORC__TRACE_PLACED = 0, /* placed there by the spawn */
  TORC__TRACE_STOLEN = 1, /* the answer to a steal request */
  TORC__TRACE_PUSHED = 2  /* sent unasked to a node that asked before */
};

/* The out-of-line halves of the hooks below. */
void torc__trace_task_slow(int worker, const struct torc__task *t,
                           uint64_t start);
void torc__trace_task_out_slow(const struct torc__task *t, int dest,
                               enum torc__trace_how how, uint64_t start);
void torc__trace_task_in_slow(const struct torc__task *t, int source,
                              enum torc__trace_how how, uint64_t start);
void torc__trace_result_out_slow(const struct torc__task *t, uint64_t start);
void torc__trace_result_in_slow(const struct torc__task *t, int source,
                                uint64_t start);
void torc__trace_steal_slow(int kind, int peer, int granted);
void torc__trace_spmd_slow(const struct torc__task *t, uint64_t start);

/* Worker `worker` has run `t` (and waited for its children) since
 * `start`. */
static inline void torc__trace_task(int worker, const struct torc__task *t,
                                    uint64_t start) {
  if (__builtin_expect(start != 0, 0))
    torc__trace_task_slow(worker, t, start);
}

/* Communication thread: the TASK record of `t` has been packed for `dest`
 * since `start`; before the record is released. */
static inline void torc__trace_task_out(const struct torc__task *t, int dest,
                                        enum torc__trace_how how,
                                        uint64_t start) {
  if (__builtin_expect(start != 0, 0))
    torc__trace_task_out_slow(t, dest, how, start);
}

/* Communication thread: `t` was read from `source`, having travelled for
 * `how`, since `start`; before it is placed. */
static inline void torc__trace_task_in(const struct torc__task *t, int source,
                                       enum torc__trace_how how,
                                       uint64_t start) {
  if (__builtin_expect(start != 0, 0))
    torc__trace_task_in_slow(t, source, how, start);
}

/* Communication thread: the RESULT of the REMOTE record `t` has been packed
 * since `start`; before the record is released. */
static inline void torc__trace_result_out(const struct torc__task *t,
                                          uint64_t start) {
  if (__builtin_expect(start != 0, 0))
    torc__trace_result_out_slow(t, start);
}

/* Communication thread: the RESULT for the SENT record `t` from `source`
 * has been applied since `start`; before `t` completes. */
static inline void torc__trace_result_in(const struct torc__task *t,
                                         int source, uint64_t start) {
  if (__builtin_expect(start != 0, 0))
    torc__trace_result_in_slow(t, source, start);
}

/* Communication thread, steal.c: a request sent to `victim`, a request from
 * `thief` answered with a task or not, a refusal from `victim`. */
static inline void torc__trace_steal_ask(int victim) {
  if (__builtin_expect(torc__diagnostics->trace.on, 0))
    torc__trace_steal_slow(TORC__TRACE_STEAL_ASK, victim, 0);
}
static inline void torc__trace_steal_answer(int thief, int granted) {
  if (__builtin_expect(torc__diagnostics->trace.on, 0))
    torc__trace_steal_slow(TORC__TRACE_STEAL_ANSWER, thief, granted);
}
static inline void torc__trace_steal_refused(int victim) {
  if (__builtin_expect(torc__diagnostics->trace.on, 0))
    torc__trace_steal_slow(TORC__TRACE_STEAL_REFUSED, victim, 0);
}

/* The thread that runs spmd functions (the communication thread, or the
 * program's own before the launch, when no other runtime thread runs):
 * the call `t` ran since `start`. */
static inline void torc__trace_spmd(const struct torc__task *t,
                                    uint64_t start) {
  if (__builtin_expect(start != 0, 0))
    torc__trace_spmd_slow(t, start);
}

/*
 * Life cycle. torc__trace_open runs on node 0 only, at start-up, before any
 * task: it creates (or truncates) the file and keeps it open, so that a
 * path that cannot be written stops the run before any work. Returns 0, or
 * -1 with one line naming TORC_TRACE in `err`.
 */
int torc__trace_open(const char *path, char *err, size_t err_size);

/*
 * Collective, before any runtime thread starts: every node learns whether
 * node 0 traces, and if so allocates a buffer per thread (`nworkers`
 * workers and the communication thread), agrees on a time origin and turns
 * recording on.
 */
void torc__trace_start(MPI_Comm comm, int nworkers);

/*
 * Collective, once no runtime thread of the run records any more, and while
 * the task table is still numbered: recording stops, node 0 gathers every
 * node's events, writes and closes the file. Returns 0, or -1 on node 0
 * when the file could not be written (after printing one line saying so).
 */
int torc__trace_finish(MPI_Comm comm);

#endif /* TORC_TRACE_H */
