/* exiting.c: watching exit while the runtime runs (see exiting.h). */
#include "diagnostics/exiting.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "diagnostics/failure.h"
#include "support/fatal.h"

/* Relaxed: written by the life cycle thread or the failing thread, and read
 * by the thread that calls exit, which in every case either is the writer
 * or was started after the write. */
static atomic_int armed;
static int registered; /* life cycle thread only */
/* Set with `armed`, before it; the life cycle's (exiting.h). */
static int (*end_primary)(int status);

/*
 * The status the job ends with for exit(status) outside the primary task:
 * status itself, except that a task or spmd function cannot end the run
 * successfully, since the work it abandons never completes (spec §6); what
 * would reach the shell as 0 (exit(0), exit(256), ...) becomes 1, and the
 * line says so.
 */
static int status_of_exit(struct torc__failure_line *l, int status) {
  if ((status & 0xff) != 0 || !torc__failure_in_task())
    return status;
  torc__failure_line_str(l,
                         "; only main can end the run successfully, so it ends "
                         "with status 1");
  return 1;
}

static void on_exit_called(int status, void *arg) {
  (void)arg;
  if (!atomic_load_explicit(&armed, memory_order_relaxed) ||
      torc__fatal_ending())
    return;
  if (end_primary(status))
    return;
  if (!torc__failure_claim()) {
    /* This thread's own report ends in exit (inside MPI_Abort): let it. A
     * report on another thread ends the process: wait for it. */
    if (torc__failure_reporting())
      return;
    for (;;)
      pause();
  }
  /* exit would flush stdio after this handler, but the job ends here. */
  fflush(stdout);
  struct torc__failure_line l;
  torc__failure_begin(&l);
  torc__failure_line_str(&l, " called exit(");
  torc__failure_line_num(&l, status);
  torc__failure_line_str(&l, ")");
  torc__failure_end(&l, status_of_exit(&l, status));
}

void torc__exiting_arm(int (*exit_primary)(int status)) {
  if (!registered && on_exit(on_exit_called, NULL) != 0)
    TORC_FATAL("cannot register the exit handler");
  registered = 1;
  end_primary = exit_primary;
  atomic_store_explicit(&armed, 1, memory_order_relaxed);
}

void torc__exiting_disarm(void) {
  atomic_store_explicit(&armed, 0, memory_order_relaxed);
}
