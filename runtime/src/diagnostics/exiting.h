/*
 * exiting.h: a call to exit while the runtime runs.
 *
 * exit(n) in the primary task on node 0 ends the run as if main had
 * returned n: every node shuts down cleanly and exits with n (spec §3).
 * exit(n) anywhere else (a task on any node, an spmd function) cannot be
 * made clean, because other nodes are still running tasks that may depend
 * on this one, so it is reported like a crash (failure.h) and the job is
 * aborted with status n. When the caller runs a task or an spmd function
 * and n would reach the shell as 0 (exit(0)), the status is 1 instead: the
 * run did not complete and must not look successful (spec §6). Detected
 * with glibc's on_exit, which passes n.
 */
#ifndef TORC_EXITING_H
#define TORC_EXITING_H

/*
 * From now on, exit is watched; the handler is registered once a process.
 * `exit_primary` is the life cycle's: if the calling thread runs the
 * primary task, it ends the run with `status` and returns 1 once exit may
 * go on; else it returns 0.
 */
void torc__exiting_arm(int (*exit_primary)(int status));

/* exit is the runtime's own, or the program's after the runtime ended. */
void torc__exiting_disarm(void);

#endif /* TORC_EXITING_H */
