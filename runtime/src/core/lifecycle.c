/* lifecycle.c: starting and stopping the runtime (torc_init, torc_launch,
 * torc_shutdown, torc_abi_main) (lifecycle.h). */
#include "core/lifecycle.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "checkpoint/checkpoint.h"
#include "core/adoption.h"
#include "core/environment.h"
#include "core/runtime.h"
#include "core/setup.h"
#include "diagnostics/diagnostics.h"
#include "network/network.h"
#include "scheduling/scheduling.h"
#include "support/fatal.h"
#include "tasks/tasks.h"
#include "torc.h"

void torc__core_reset(void) {
  memset(&torc__core->cfg, 0,
         sizeof *torc__core - offsetof(struct torc__core, cfg));
}

struct primary_args {
  int (*main_fn)(int, char **);
  void (*void_fn)(void);
  int argc;
  char **argv;
};

static void run_primary(const torc_abi_task *task, void *args,
                        void *const *pointers, void *result) {
  struct primary_args *a = args;
  (void)task;
  (void)pointers;
  int status = 0;
  if (a->main_fn != NULL)
    status = a->main_fn(a->argc, a->argv);
  else if (a->void_fn != NULL)
    a->void_fn();
  memcpy(result, &status, sizeof status);
}

/* The primary task is never sent anywhere, so it is not registered. */
static torc_abi_task primary_desc = {TORC_ABI_VERSION, "torc.primary",
                                     run_primary, NULL,
                                     sizeof(struct primary_args), sizeof(int),
                                     0, -1};

struct torc__task *torc__core_make_primary(int (*main_fn)(int, char **),
                                           void (*void_fn)(void), int argc,
                                           char **argv) {
  struct primary_args a = {main_fn, void_fn, argc, argv};
  struct torc__task *t = torc__task_alloc(&primary_desc, 0, 0, NULL);
  memcpy(t->args, &a, sizeof a);
  t->flags = TORC__T_PRIMARY;
  return t;
}

TORC_API void torc_init(int *argc, char ***argv) {
  if (torc__core->phase != TORC__OFF && torc__core->phase != TORC__SHUT)
    torc__fatal("torc_init", "called twice");
  /* A program that owns MPI may run the runtime again after a shutdown;
   * once the runtime has finalized MPI, nothing can start it again. */
  int finalized = 0;
  if (torc__core->phase == TORC__SHUT &&
      MPI_Finalized(&finalized) == MPI_SUCCESS && finalized)
    torc__fatal("torc_init",
                "called after torc_shutdown finalized MPI; to "
                "run the runtime more than once, initialize MPI in the "
                "program before the first torc_init");
  torc__runtime_reset();
  torc__core_start_mpi(argc, argv);
  torc__core_read_config();
  torc__core_open_trace();
  torc__broadcast_seal();
  torc__registry_seal();
  torc__core_check_same_build();
  torc__core_open_journal();
  torc__diagnostics->progress.on =
      torc__core->cfg.progress && torc__node->id == 0;
  torc__core_setup_node();
  /* Collective, and before any runtime thread starts (they record). */
  torc__trace_start(torc__network->comm, torc__node->nworkers);
  torc__exiting_arm(torc__core_exit_primary);
  torc__core->phase = TORC__INITED;
  atomic_store_explicit(&torc__node->started, 1, memory_order_relaxed);
}

static void begin_launch(const char *call) {
  if (torc__core->phase == TORC__OFF)
    torc__fatal(call, "called before torc_init");
  if (torc__core->phase == TORC__SHUT)
    torc__fatal(call, "called after torc_shutdown");
  if (torc__core->phase != TORC__INITED)
    torc__fatal(call, "called twice; the runtime runs one primary task");
  torc__core->phase = TORC__LAUNCHED;
  atomic_store_explicit(&torc__node->running, 1, memory_order_relaxed);
}

void torc__core_end_launch(void) {
  atomic_store_explicit(&torc__node->running, 0, memory_order_relaxed);
  torc__core->phase = TORC__LAUNCH_DONE;
  fflush(stdout);
  torc__progress_stop();
  if (!torc__core->cfg.stats)
    return;
  struct torc__stats sum = torc__network->comm_stats;
  for (int i = 0; i < torc__node->nworkers; i++)
    torc__stats_add(&sum, &torc__node->workers[i].stats);
  uint64_t restored = atomic_load_explicit(
      &torc__diagnostics->progress.restored, memory_order_relaxed);
  torc__stats_print(torc__node->id, &sum,
                    torc__checkpoint->on ? &restored : NULL);
}

/* Serves tasks on this node (and runs `primary` on node 0) until the run
 * ends; returns the run's status. */
static int run(struct torc__task *primary) {
  if (torc__node->id == 0 && primary != NULL)
    torc__node->workers[0].first = primary;
  torc__progress_start();
  torc__worker_start_all();
  torc__comm_run();
  torc__core_end_launch();
  return torc__network->status;
}

TORC_API void torc_launch(void (*primary)(void)) {
  begin_launch("torc_launch");
  if (primary == NULL && torc__node->id == 0) {
    torc__core_adopt_primary();
    return;
  }
  run(primary != NULL && torc__node->id == 0
          ? torc__core_make_primary(NULL, primary, 0, NULL)
          : NULL);
}

TORC_API void torc_shutdown(void) {
  if (torc__core->phase == TORC__OFF)
    torc__fatal("torc_shutdown", "called before torc_init");
  if (torc__core->phase == TORC__SHUT)
    torc__fatal("torc_shutdown", "called twice");
  if (torc__core->phase == TORC__LAUNCHED)
    torc__core_end_adopted_primary();
  torc__crash_uninstall();
  fflush(stdout);
  atomic_store_explicit(&torc__node->started, 0, memory_order_relaxed);
  /* No runtime thread records any more, and task ids still have names. */
  torc__core->trace_failed = torc__trace_finish(torc__network->comm) != 0;
  torc__core_close_journal();
  torc__core_teardown_node();
  torc__registry_unseal();
  torc__broadcast_unseal();
  torc__core_end_mpi();
  torc__core->phase = TORC__SHUT;
  torc__core_hand_over_exit();
}

TORC_API int torc_abi_main(int argc, char **argv,
                           int (*primary)(int argc, char **argv)) {
  torc_init(&argc, &argv);
  begin_launch("torc_abi_main");
  int status = run(torc__node->id == 0
                       ? torc__core_make_primary(primary, NULL, argc, argv)
                       : NULL);
  torc_shutdown();
  /* A run whose trace or journal was asked for but not written did not
   * succeed. */
  return status == 0 && (torc__core->trace_failed || torc__core->journal_failed)
             ? 1
             : status;
}
