/*
 * crash.h: turning a crash of user code into a report and the end of the
 * job (spec §6, "Remote failures are reported, never hidden").
 *
 * While the runtime runs, SIGSEGV, SIGBUS, SIGFPE, SIGILL and SIGABRT go to
 * a handler that reports what the crashing thread was running (failure.h)
 * and aborts the job with status 128 + the signal number. The handler runs
 * on an alternate stack of its thread, since a stack overflow is a likely
 * crash in a task.
 *
 * A signal for which the program installed its own handler (or SIG_IGN)
 * before the runtime started keeps it: the program has said how it wants
 * that signal treated, so the runtime does not take it over. Handlers that
 * MPI installs during MPI_Init are replaced while the runtime runs and put
 * back at shutdown.
 */
#ifndef TORC_CRASH_H
#define TORC_CRASH_H

/* Records the program's own dispositions; call before MPI_Init, or not at
 * all when the program started MPI itself. */
void torc__crash_snapshot(void);

/* Installs the handlers, with alternate stacks for `threads` threads, and
 * gives the calling thread the stack of slot threads - 1. */
void torc__crash_install(int threads);

/* Gives the calling thread the alternate stack of `slot`. */
void torc__crash_thread_enter(int slot);

/* Gives the calling thread back the alternate stack it had before
 * torc__crash_thread_enter, or none. Every thread that entered calls it
 * before it ends, so that nothing that cleans up after a thread (a
 * sanitizer's runtime unmaps a thread's alternate stack) touches ours. */
void torc__crash_thread_leave(void);

/* Puts back the handlers found at install, and frees the stacks; every
 * thread that used one, other than the caller, has ended. */
void torc__crash_uninstall(void);

#endif /* TORC_CRASH_H */
