/* spmd runs a call on every node, with its in data broadcast, where MPI
 * collectives on MPI_COMM_WORLD work; tasks before and after still run. */
#include <torc_abi.h>

#include "check.h"

static long reduced;  /* per node: what the last allreduce gave */
static int calls;     /* per node: spmd calls run here */

struct sum_args {
  int round;
};

static void sum_everywhere(int round, const int *weights) {
  int rank, size;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &size);
  CHECK(rank == torc_node_id());
  long mine = (long)(rank + 1) * round * weights[rank % 4];
  MPI_Allreduce(&mine, &reduced, 1, MPI_LONG, MPI_SUM, MPI_COMM_WORLD);
  calls++;
}

static void sum_trampoline(const torc_abi_task *task, void *args,
                           void *const *p, void *result) {
  (void)task;
  (void)result;
  sum_everywhere(((struct sum_args *)args)->round, p[0]);
}

static torc_abi_task sum_task = {TORC_ABI_VERSION, "sum_everywhere",
                                 sum_trampoline, NULL, sizeof(struct sum_args),
                                 0, 1, -1};

static int where(void) { return torc_node_id(); }

static void where_trampoline(const torc_abi_task *task, void *args,
                             void *const *p, void *result) {
  (void)task;
  (void)args;
  (void)p;
  *(int *)result = where();
}

static torc_abi_task where_task = {TORC_ABI_VERSION, "where", where_trampoline,
                                   NULL, 0, sizeof(int), 0, -1};

__attribute__((constructor)) static void register_tasks(void) {
  torc_abi_register(&sum_task);
  torc_abi_register(&where_task);
}

static const torc_abi_site site = {"test-spmd.c", 50};

static int primary(int argc, char **argv) {
  (void)argc;
  (void)argv;
  int weights[4] = {1, 2, 3, 4};
  int size = torc_num_nodes();
  for (int round = 1; round <= 3; round++) {
    struct sum_args a = {round};
    torc_abi_buffer b = {weights, 0, sizeof weights, TORC_ABI_IN};
    torc_abi_spmd(&sum_task, &site, &a, &b);
    long expect = 0;
    for (int r = 0; r < size; r++)
      expect += (long)(r + 1) * round * weights[r % 4];
    CHECK(reduced == expect);
    int nodes[8];
    for (int i = 0; i < 8; i++)
      torc_abi_spawn(&where_task, &site, NULL, NULL, &nodes[i], NULL, NULL);
    torc_abi_wait();
    for (int i = 0; i < 8; i++)
      CHECK(nodes[i] >= 0 && nodes[i] < size);
    printf("round %d: allreduce %ld correct\n", round, reduced);
  }
  CHECK(calls == 3);
  return 0;
}

int main(int argc, char **argv) { return torc_abi_main(argc, argv, primary); }
