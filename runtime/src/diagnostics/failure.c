/* failure.c: one line about a failure of user code, then the end of the job
 * (see failure.h). */
#include "diagnostics/failure.h"

#include <mpi.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <unistd.h>

#include "support/fatal.h"
#include "tasks/tasks.h"

/* Set by the first thread that reports; lock-free, so usable in a handler. */
static atomic_flag claimed = ATOMIC_FLAG_INIT;
static _Thread_local int reporting;
static _Thread_local int comm_thread;
/* The worker this thread is, if any (torc__failure_mark_worker). */
static _Thread_local struct {
  int id;
  struct torc__task *const *running;
} worker;
/* The innermost scope of this thread. Only this thread writes it, but its
 * signal handler reads it at any point: atomic, so that the handler never
 * sees a scope published before its fields are (a plain move on x86). */
static _Thread_local _Atomic(const struct torc__failure_scope *) scope;

/* If MPI_Abort cannot finish, the process exits by itself after this long,
 * with the same status, which mpirun also turns into the end of the job:
 * the run never hangs. A crash can leave locks held that MPI_Abort needs:
 * a stack overflow inside malloc leaves the arena locked, and Open MPI
 * formats its abort message with malloc. */
#define ABORT_GRACE_SECONDS 2

static volatile sig_atomic_t abort_status;

static void abort_timed_out(int sig) {
  (void)sig;
  _exit(abort_status);
}

void torc__failure_line_str(struct torc__failure_line *l, const char *s) {
  while (s != NULL && *s && l->len + 1 < sizeof l->text)
    l->text[l->len++] = *s++;
}

void torc__failure_line_num(struct torc__failure_line *l, long v) {
  char digits[24];
  int n = 0;
  unsigned long u = v < 0 ? 0ul - (unsigned long)v : (unsigned long)v;
  do {
    digits[n++] = (char)('0' + u % 10);
    u /= 10;
  } while (u != 0);
  if (v < 0)
    torc__failure_line_str(l, "-");
  while (n > 0 && l->len + 1 < sizeof l->text)
    l->text[l->len++] = digits[--n];
}

int torc__failure_claim(void) {
  if (atomic_flag_test_and_set(&claimed))
    return 0;
  reporting = 1;
  return 1;
}

int torc__failure_reporting(void) { return reporting; }

void torc__failure_mark_comm_thread(int on) { comm_thread = on; }

void torc__failure_mark_worker(int id, struct torc__task *const *running) {
  worker.id = id;
  worker.running = running;
}

void torc__failure_enter(struct torc__failure_scope *s,
                         const struct torc__task *t, int spmd,
                         const char *doing) {
  s->outer = atomic_load_explicit(&scope, memory_order_relaxed);
  s->task = t;
  s->spmd = spmd;
  s->doing = doing;
  atomic_store_explicit(&scope, s, memory_order_release);
}

void torc__failure_leave(const struct torc__failure_scope *s) {
  if (atomic_load_explicit(&scope, memory_order_relaxed) != s)
    TORC_FATAL("failure scopes left out of order");
  atomic_store_explicit(&scope, s->outer, memory_order_release);
}

/* "task 'f' (spawned at file:line)", or for an spmd function
 * "spmd function 'f' (at file:line)": the site is its directive. */
static void describe_call(struct torc__failure_line *l,
                          const struct torc__task *t, int spmd) {
  torc__failure_line_str(l, spmd ? "spmd function '" : "task '");
  torc__failure_line_str(l, t->desc->name);
  torc__failure_line_str(l, "'");
  if (t->site != NULL) {
    torc__failure_line_str(l, spmd ? " (at " : " (spawned at ");
    torc__failure_line_str(l, torc__site_file(t->site));
    torc__failure_line_str(l, ":");
    torc__failure_line_num(l, (long)torc__site_line(t->site));
    torc__failure_line_str(l, ")");
  }
}

static void describe_task(struct torc__failure_line *l,
                          const struct torc__task *t) {
  if (t->flags & TORC__T_PRIMARY)
    torc__failure_line_str(l, "the primary task (main)");
  else
    describe_call(l, t, 0);
}

int torc__failure_in_task(void) {
  if (atomic_load_explicit(&scope, memory_order_acquire) != NULL)
    return 1;
  const struct torc__task *t = worker.running ? *worker.running : NULL;
  return t != NULL && !(t->flags & TORC__T_PRIMARY);
}

void torc__failure_begin(struct torc__failure_line *l) {
  l->len = 0;
  torc__failure_line_str(l, "torc: node ");
  torc__failure_line_num(l, torc__fatal_node());
  torc__failure_line_str(l, ": ");
  /* A scope is entered on top of whatever the thread ran before, so it is
   * the innermost call. */
  const struct torc__failure_scope *s =
      atomic_load_explicit(&scope, memory_order_acquire);
  const struct torc__task *running = worker.running ? *worker.running : NULL;
  if (s != NULL) {
    describe_call(l, s->task, s->spmd);
    if (s->doing != NULL) {
      torc__failure_line_str(l, ", ");
      torc__failure_line_str(l, s->doing);
      torc__failure_line_str(l, ",");
    }
  } else if (running != NULL) {
    describe_task(l, running);
  } else if (worker.running != NULL) {
    torc__failure_line_str(l, "worker ");
    torc__failure_line_num(l, worker.id);
    torc__failure_line_str(l, ", between tasks,");
  } else if (comm_thread) {
    torc__failure_line_str(l, "the communication thread (the runtime itself)");
  } else {
    torc__failure_line_str(l, "a thread that runs no task");
  }
}

_Noreturn void torc__failure_end(struct torc__failure_line *l, int code) {
  if (l->len + 1 >= sizeof l->text)
    l->len = sizeof l->text - 2;
  l->text[l->len++] = '\n';
  ssize_t ignored = write(STDERR_FILENO, l->text, l->len);
  (void)ignored;
  abort_status = code;
  struct sigaction timeout;
  memset(&timeout, 0, sizeof timeout);
  timeout.sa_handler = abort_timed_out;
  sigaction(SIGALRM, &timeout, NULL);
  sigset_t alrm;
  sigemptyset(&alrm);
  sigaddset(&alrm, SIGALRM);
  pthread_sigmask(SIG_UNBLOCK, &alrm, NULL);
  alarm(ABORT_GRACE_SECONDS);
  /* Not async-signal-safe, but the only way to make mpirun end every
   * process of the job and return `code`; the alarm above bounds it. Its
   * return value is not checked through TORC_MPI: there is nothing left to
   * do if it fails but to leave. */
  MPI_Abort(MPI_COMM_WORLD, code);
  _exit(code);
}
