/* The explicit life cycle: torc_init, torc_launch(fn) or torc_launch(NULL),
 * torc_shutdown, with identity queries before, during and after; with MPI
 * started by the program ("mpi", which the runtime must leave running); run
 * on a thread that ends afterwards ("thread", torc_launch(NULL): under
 * memcheck, what that thread kept as worker 0 must not leak); and the
 * errors for calls out of order ("order", "twice"). */
#include <pthread.h>
#include <string.h>
#include <torc_abi.h>

#include "check.h"

static int twice(int x) { return 2 * x; }

struct twice_args {
  int x;
};

static void twice_trampoline(const torc_abi_task *task, void *args,
                             void *const *p, void *result) {
  (void)task;
  (void)p;
  *(int *)result = twice(((struct twice_args *)args)->x);
}

static torc_abi_task twice_task = {TORC_ABI_VERSION, "twice", twice_trampoline,
                                   NULL, sizeof(struct twice_args), sizeof(int),
                                   0, -1};

__attribute__((constructor)) static void register_twice(void) {
  torc_abi_register(&twice_task);
}

static const torc_abi_site site = {"test-lifecycle.c", 28};

static void run_tasks(const char *mode) {
  int r[20];
  for (int i = 0; i < 20; i++) {
    struct twice_args a = {i};
    torc_abi_spawn(&twice_task, &site, &a, NULL, &r[i], NULL, NULL);
  }
  torc_abi_wait();
  for (int i = 0; i < 20; i++)
    CHECK(r[i] == 2 * i);
  CHECK(torc_worker_id() == 0 && torc_node_id() == 0);
  printf("%s: tasks correct\n", mode);
}

static void primary(void) { run_tasks("launch(fn)"); }

struct life {
  const char *mode;
  int argc;
  char **argv;
};

static void life_cycle(struct life *l) {
  const char *mode = l->mode;
  CHECK(torc_num_nodes() == 1 && torc_num_workers() == 1);
  CHECK(torc_node_id() == 0 && torc_worker_id() == 0);
  if (strcmp(mode, "order") == 0)
    torc_launch(primary);
  int own_mpi = strcmp(mode, "mpi") == 0, provided;
  if (own_mpi)
    MPI_Init_thread(&l->argc, &l->argv, MPI_THREAD_MULTIPLE, &provided);
  torc_init(&l->argc, &l->argv);
  /* SPMD style between init and launch: the main thread is no worker. */
  CHECK(torc_worker_id() == -1);
  CHECK(torc_num_workers() == torc_num_nodes() * torc_num_local_workers());
  if (strcmp(mode, "null") == 0 || strcmp(mode, "thread") == 0) {
    torc_launch(NULL);
    if (torc_node_id() == 0)
      run_tasks(strcmp(mode, "thread") == 0 ? "launch(NULL) on a thread"
                                             : "launch(NULL)");
  } else {
    torc_launch(primary);
  }
  torc_shutdown();
  CHECK(torc_num_nodes() == 1);
  if (strcmp(mode, "twice") == 0)
    torc_shutdown();
  if (own_mpi) {
    int finalized = 1, rank = -1;
    MPI_Finalized(&finalized);
    CHECK(!finalized);
    /* The program's own MPI still works after the runtime is gone. */
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Barrier(MPI_COMM_WORLD);
    if (rank == 0)
      printf("mpi: still initialized after torc_shutdown\n");
    MPI_Finalize();
  }
}

static void *life_thread(void *arg) {
  life_cycle(arg);
  return NULL;
}

int main(int argc, char **argv) {
  struct life l = {argc > 1 ? argv[1] : "fn", argc, argv};
  if (strcmp(l.mode, "thread") != 0) {
    life_cycle(&l);
    return 0;
  }
  pthread_t thread;
  CHECK(pthread_create(&thread, NULL, life_thread, &l) == 0);
  CHECK(pthread_join(thread, NULL) == 0);
  return 0;
}
