/* crash.c: signal handlers for crashes of user code (see crash.h). */
#include "diagnostics/crash.h"

#include <signal.h>
#include <stddef.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "diagnostics/failure.h"
#include "diagnostics/state.h"
#include "support/fatal.h"

/* Room for the report and for MPI_Abort, which runs on this stack too. */
#define ALT_STACK ((size_t)256 << 10)

static const struct {
  int sig;
  const char *name, *what;
} crashes[] = {
    {SIGSEGV, "SIGSEGV", "invalid memory access, or a stack overflow"},
    {SIGBUS, "SIGBUS", "bus error"},
    {SIGFPE, "SIGFPE", "arithmetic exception"},
    {SIGILL, "SIGILL", "illegal instruction"},
    {SIGABRT, "SIGABRT", "abort"},
};
#define NCRASHES (sizeof crashes / sizeof crashes[0])

_Static_assert(NCRASHES == TORC__CRASH_SIGNALS, "state.h counts the signals");

static void on_crash(int sig, siginfo_t *info, void *context) {
  (void)info;
  (void)context;
  if (!torc__failure_claim()) {
    /* A fault inside the report itself: leave at once. Otherwise another
     * thread is reporting and will end the process; wait for it. */
    if (torc__failure_reporting())
      _exit(128 + sig);
    for (;;)
      pause();
  }
  struct torc__failure_line l;
  torc__failure_begin(&l);
  torc__failure_line_str(&l, " crashed with ");
  for (size_t i = 0; i < NCRASHES; i++)
    if (crashes[i].sig == sig) {
      torc__failure_line_str(&l, crashes[i].name);
      torc__failure_line_str(&l, " (");
      torc__failure_line_str(&l, crashes[i].what);
      torc__failure_line_str(&l, ")");
    }
  torc__failure_end(&l, 128 + sig);
}

void torc__crash_snapshot(void) {
  struct torc__crash_state *crash = &torc__diagnostics->crash;
  for (size_t i = 0; i < NCRASHES; i++)
    if (sigaction(crashes[i].sig, NULL, &crash->user[i]) != 0)
      TORC_FATAL("cannot read the handler of %s", crashes[i].name);
  crash->have_snapshot = 1;
}

static int program_handles(size_t i) {
  struct torc__crash_state *crash = &torc__diagnostics->crash;
  const struct sigaction *a =
      crash->have_snapshot ? &crash->user[i] : &crash->saved[i];
  return (a->sa_flags & SA_SIGINFO) || a->sa_handler != SIG_DFL;
}

void torc__crash_install(int threads) {
  struct torc__crash_state *crash = &torc__diagnostics->crash;
  crash->nstacks = (size_t)threads;
  crash->stacks = mmap(NULL, crash->nstacks * ALT_STACK, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (crash->stacks == MAP_FAILED)
    TORC_FATAL("cannot map %zu alternate signal stacks", crash->nstacks);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_crash;
  /* SA_NODEFER is not set: a second fault in the handler is then fatal
   * through the default action instead of recursing. */
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  for (size_t i = 0; i < NCRASHES; i++) {
    if (sigaction(crashes[i].sig, NULL, &crash->saved[i]) != 0)
      TORC_FATAL("cannot read the handler of %s", crashes[i].name);
    crash->installed[i] = !program_handles(i);
    if (crash->installed[i] && sigaction(crashes[i].sig, &sa, NULL) != 0)
      TORC_FATAL("cannot install the handler of %s", crashes[i].name);
  }
  torc__crash_thread_enter(threads - 1);
}

/* The alternate stack each thread had before it took one of ours. A
 * sanitizer's runtime gives every thread one and unmaps whatever a thread
 * has when it ends: a thread that ended on ours had a slot of our mapping
 * unmapped under us, the sanitizer could map its own memory there, and our
 * munmap of the whole mapping then took that memory away too. */
static _Thread_local stack_t previous;
static _Thread_local int entered;

void torc__crash_thread_enter(int slot) {
  struct torc__crash_state *crash = &torc__diagnostics->crash;
  stack_t st = {.ss_sp = crash->stacks + (size_t)slot * ALT_STACK,
                .ss_size = ALT_STACK,
                .ss_flags = 0};
  if (slot < 0 || (size_t)slot >= crash->nstacks ||
      sigaltstack(&st, &previous) != 0)
    TORC_FATAL("cannot set the alternate signal stack %d", slot);
  entered = 1;
}

void torc__crash_thread_leave(void) {
  if (!entered)
    return;
  entered = 0;
  /* Back to the thread's own alternate stack, or to none. */
  if (previous.ss_flags & SS_DISABLE)
    previous = (stack_t){.ss_sp = NULL, .ss_size = 0, .ss_flags = SS_DISABLE};
  (void)sigaltstack(&previous, NULL);
}

void torc__crash_uninstall(void) {
  struct torc__crash_state *crash = &torc__diagnostics->crash;
  for (size_t i = 0; i < NCRASHES; i++) {
    if (crash->installed[i] &&
        sigaction(crashes[i].sig, &crash->saved[i], NULL) != 0)
      TORC_FATAL("cannot restore the handler of %s", crashes[i].name);
    crash->installed[i] = 0;
  }
  torc__crash_thread_leave();
  if (crash->stacks != NULL)
    munmap(crash->stacks, crash->nstacks * ALT_STACK);
  crash->stacks = NULL;
  crash->nstacks = 0;
}
