/* adoption.c: the program's thread as the primary task
 * (torc_launch(NULL)), and exit(n) in the primary task (core.h). */
#include "core/adoption.h"

#include <string.h>
#include <unistd.h>

#include "core/lifecycle.h"
#include "diagnostics/diagnostics.h"
#include "network/network.h"
#include "scheduling/scheduling.h"
#include "support/fatal.h"
#include "torc.h"

static void *comm_main(void *arg) {
  (void)arg;
  torc__crash_thread_enter(torc__node->nworkers);
  torc__comm_run();
  torc__crash_thread_leave();
  return NULL;
}

/* Node 0 of torc_launch(NULL): the caller becomes the primary task on
 * worker 0, and the communication loop moves to its own thread. */
void torc__core_adopt_primary(void) {
  if (torc__network->thread_level < MPI_THREAD_SERIALIZED)
    torc__fatal("torc_launch",
                "torc_launch(NULL) makes MPI calls from a "
                "second thread, which needs MPI_THREAD_SERIALIZED; MPI "
                "granted less, so use torc_launch(fn) instead");
  torc__node->workers[0].has_thread = 0;
  torc__progress_start();
  torc__worker_start_all();
  if (pthread_create(&torc__core->comm_thread, NULL, comm_main, NULL) != 0)
    TORC_FATAL("cannot start the communication thread");
  torc__core->comm_threaded = 1;
  torc__core->adopted = torc__core_make_primary(NULL, NULL, 0, NULL);
  torc__worker_bind_thread(&torc__node->workers[0]);
  torc__worker_self->current = torc__core->adopted;
}

/* Node 0 of torc_launch(NULL): the caller's primary task ends here. */
void torc__core_end_adopted_primary(void) {
  struct torc__worker *w = torc__worker_self;
  if (!torc__core->comm_threaded || w != &torc__node->workers[0] ||
      w->current != torc__core->adopted)
    torc__fatal("torc_shutdown",
                "called while the run is in progress (from "
                "a task, or on a node other than 0 before torc_launch "
                "returned)");
  torc__worker_wait_children(w, torc__core->adopted);
  w->current = NULL;
  torc__scheduler_complete(torc__core->adopted);
  torc__core->adopted = NULL;
  torc__worker_bind_thread(NULL);
  if (pthread_join(torc__core->comm_thread, NULL) != 0)
    TORC_FATAL("cannot join the communication thread");
  torc__core->comm_threaded = 0;
  /* As worker 0 the caller recycled task records into its own block cache,
   * and it may end once torc_shutdown returns: give them back now. */
  torc__blockcache_thread_exit();
  torc__core_end_launch();
}

/*
 * exit(n) in the primary task (see exiting.h). The primary's worker thread
 * is inside exit: it completes the primary with status n, so that every
 * node shuts down as if main had returned n, and waits here until this
 * node's shutdown has finished MPI; then exit goes on, on that thread, and
 * this thread stops in torc__core_hand_over_exit. Under torc__core->exit_lock.
 */
int torc__core_exit_primary(int status) {
  struct torc__worker *w = torc__worker_self;
  if (w == NULL || w->current == NULL || !(w->current->flags & TORC__T_PRIMARY))
    return 0;
  struct torc__task *t = w->current;
  if (t == torc__core->adopted) {
    /* torc_launch(NULL): this is the life cycle's own thread. */
    memcpy(t->result, &status, sizeof status);
    torc_shutdown();
    return 1;
  }
  /* Its alternate stack is freed at shutdown, before this thread ends. */
  torc__crash_thread_leave();
  /* As when main returns: children first, their outputs may be in use. */
  torc__worker_wait_children(w, t);
  memcpy(t->result, &status, sizeof status);
  w->current = NULL;
  pthread_mutex_lock(&torc__core->exit_lock);
  torc__core->exit_pending = 1;
  pthread_mutex_unlock(&torc__core->exit_lock);
  /* This thread never returns to the worker loop, so it is not joined;
   * completing the primary publishes that (release) before the
   * communication thread can stop the workers. */
  w->has_thread = 0;
  torc__scheduler_complete(t);
  pthread_mutex_lock(&torc__core->exit_lock);
  while (!torc__core->exit_finished)
    pthread_cond_wait(&torc__core->exit_cond, &torc__core->exit_lock);
  pthread_mutex_unlock(&torc__core->exit_lock);
  return 1;
}

/* After shutdown: if the primary called exit, its thread finishes it. */
void torc__core_hand_over_exit(void) {
  pthread_mutex_lock(&torc__core->exit_lock);
  int pending = torc__core->exit_pending;
  torc__core->exit_finished = 1;
  pthread_cond_broadcast(&torc__core->exit_cond);
  pthread_mutex_unlock(&torc__core->exit_lock);
  if (!pending)
    return;
  /* exit(n) is under way on the other thread and ends the process with n;
   * returning would run exit a second time, concurrently. */
  for (;;)
    pause();
}
