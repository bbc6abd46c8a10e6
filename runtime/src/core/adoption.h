/*
 * adoption.h: the program's own thread as the primary task
 * (torc_launch(NULL)), and exit(n) in the primary task (adoption.c).
 */
#ifndef TORC_ADOPTION_H
#define TORC_ADOPTION_H

/* torc_launch(NULL) on node 0: the caller becomes the primary task on
 * worker 0, and the communication loop moves to a thread of its own. */
void torc__core_adopt_primary(void);
/* torc_shutdown after torc_launch(NULL) on node 0: ends that primary. */
void torc__core_end_adopted_primary(void);
/* exit(status) on a thread that runs the primary task: ends the run as if
 * main had returned status, and returns 1 once exit may go on; 0 on any
 * other thread (exiting.h). */
int torc__core_exit_primary(int status);
/* After shutdown: if the primary called exit, its thread finishes it, and
 * this one never returns. */
void torc__core_hand_over_exit(void);

#endif /* TORC_ADOPTION_H */
