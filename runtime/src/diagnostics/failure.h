/*
 * failure.h: reporting a failure of user code (a crash, or a call to exit)
 * and ending the whole job.
 *
 * A report is one line on stderr, e.g.
 *   torc: node 1: task 'divide' (spawned at prog.c:12) crashed with SIGFPE
 *   (arithmetic exception)
 * which names the node and what the failing thread was running: a call
 * named by a scope (below), else the task its worker runs (below) or the
 * primary task, else the communication thread. Everything here is
 * async-signal-safe up to the final MPI_Abort (see failure.c), because crashes
 * are reported from signal handlers.
 */
#ifndef TORC_FAILURE_H
#define TORC_FAILURE_H

#include <stddef.h>

struct torc__task;

/* A line being composed without stdio. */
struct torc__failure_line {
  char text[1024];
  size_t len;
};

void torc__failure_line_str(struct torc__failure_line *l, const char *s);
void torc__failure_line_num(struct torc__failure_line *l, long v);

/*
 * Makes the calling thread the one that reports. Returns 0 when another
 * failure is already being reported: its thread ends the job, so the caller
 * must not print a second message.
 */
int torc__failure_claim(void);

/* Whether the calling thread claimed the report (a fault while reporting). */
int torc__failure_reporting(void);

/* Starts the line: "torc: node N: " and what this thread is running. */
void torc__failure_begin(struct torc__failure_line *l);

/*
 * Whether the calling thread runs user code other than main: a spawned
 * task, or an spmd function. Such code cannot end the run successfully
 * (exiting.h).
 */
int torc__failure_in_task(void);

/*
 * A call that no worker's `current` names: an spmd function, which runs on
 * the communication thread, or a task run inline because the spawning
 * thread is no worker (inside an spmd function, or while tasks are not
 * scheduled). Scopes nest on their thread, and the innermost one is what a
 * failure there names. The record must stay valid until the scope is left.
 */
struct torc__failure_scope {
  const struct torc__failure_scope *outer;
  const struct torc__task *task; /* desc and site name the call */
  int spmd;                      /* 1: an spmd function; 0: a task */
  const char *doing; /* what the runtime does for the task, or NULL */
};

/* Failures of the calling thread name `t` until the matching leave, and
 * `doing`, unless NULL: what the runtime does for it, such as copying its
 * sections from or to the spawner's memory, where a bad pointer of the
 * user's faults in the runtime's thread. */
void torc__failure_enter(struct torc__failure_scope *s,
                         const struct torc__task *t, int spmd,
                         const char *doing);

/* Ends the innermost scope of the calling thread, which must be `s`. */
void torc__failure_leave(const struct torc__failure_scope *s);

/* Ends the line, writes it to stderr and ends the job with `code`. */
_Noreturn void torc__failure_end(struct torc__failure_line *l, int code);

/*
 * Marks the calling thread as worker `id`, whose running task is
 * `*running` (NULL between tasks), or with running == NULL as no worker
 * any more. The worker's thread writes *running as it starts and ends
 * tasks; a failure reads it.
 */
void torc__failure_mark_worker(int id, struct torc__task *const *running);

/* Marks (on = 1) or unmarks the calling thread as the node's communication
 * thread, so that a failure on it is named that way. */
void torc__failure_mark_comm_thread(int on);

#endif /* TORC_FAILURE_H */
