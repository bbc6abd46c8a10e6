/* A program that owns MPI runs the runtime several times in one process:
 * each torc_init must start from the state the first one did, whatever
 * the run before it left behind. Each run reads its own TORC_WORKERS
 * (set by the program between runs), places tasks on every node and
 * checks their results and where they ran. "exit" ends the last run with
 * exit(7) in the primary task, which every node must end with. */
#include <stdlib.h>
#include <string.h>
#include <torc.h>
#include <torc_abi.h>

#include "check.h"

enum { TASKS = 60 };

/* The task's answer carries the node it ran on. */
static int tag(int x) { return 1000 * torc_node_id() + 2 * x; }

struct tag_args {
  int x;
};

static void tag_trampoline(const torc_abi_task *task, void *args,
                           void *const *p, void *result) {
  (void)task;
  (void)p;
  *(int *)result = tag(((struct tag_args *)args)->x);
}

static torc_abi_task tag_task = {TORC_ABI_VERSION, "tag", tag_trampoline,
                                 NULL, sizeof(struct tag_args), sizeof(int),
                                 0, -1};

__attribute__((constructor)) static void register_tag(void) {
  torc_abi_register(&tag_task);
}

static const torc_abi_site site = {"test-rerun.c", 40};

static int run_number;
static int exit_at_end;
static int *program_argc;
static char ***program_argv;

/* Task i goes to node i mod N; its result must say so. */
static void spawn_everywhere(void) {
  int nodes = torc_num_nodes(), r[TASKS];
  for (int i = 0; i < TASKS; i++) {
    struct tag_args a = {i};
    torc_abi_options o = {0};
    o.node = i % nodes;
    o.worker = -1;
    torc_abi_spawn(&tag_task, &site, &a, NULL, &r[i], NULL, &o);
  }
  torc_abi_wait();
  for (int i = 0; i < TASKS; i++)
    CHECK(r[i] == 1000 * (i % nodes) + 2 * i);
  printf("run %d: %d tasks correct on %d nodes x %d workers\n", run_number,
         TASKS, nodes, torc_num_local_workers());
  fflush(stdout);
}

static void primary(void) {
  spawn_everywhere();
  if (exit_at_end)
    exit(7);
}

/* One run of the runtime with `workers` workers per node; torc_launch(NULL)
 * when `adopt`. */
static void run(int workers, int adopt) {
  char value[16];
  snprintf(value, sizeof value, "%d", workers);
  CHECK(setenv("TORC_WORKERS", value, 1) == 0);
  run_number++;
  torc_init(program_argc, program_argv);
  CHECK(torc_num_local_workers() == workers);
  if (adopt) {
    torc_launch(NULL);
    if (torc_node_id() == 0)
      primary();
  } else {
    torc_launch(primary);
  }
  torc_shutdown();
  CHECK(torc_num_nodes() == 1 && torc_num_local_workers() == 1);
}

int main(int argc, char **argv) {
  int provided;
  MPI_Init_thread(&argc, &argv, MPI_THREAD_MULTIPLE, &provided);
  program_argc = &argc;
  program_argv = &argv;
  const char *mode = argc > 1 ? argv[1] : "rerun";
  run(2, 0);
  run(1, 1);
  exit_at_end = strcmp(mode, "exit") == 0;
  run(2, 0);
  MPI_Finalize();
  return 0;
}
