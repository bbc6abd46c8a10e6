/* Nodes whose task tables differ refuse to run and name both hosts: rank 1
 * (as Open MPI numbers it in OMPI_COMM_WORLD_RANK) registers one task more
 * than the others, as a stale executable on one host would. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <torc_abi.h>

static void nothing(const torc_abi_task *task, void *args,
                    void *const *p, void *result) {
  (void)task;
  (void)args;
  (void)p;
  (void)result;
}

static torc_abi_task common = {TORC_ABI_VERSION, "common_task", nothing, NULL,
                               0, 0, 0, -1};
static torc_abi_task extra = {TORC_ABI_VERSION, "extra_task", nothing, NULL, 0,
                              0, 0, -1};

__attribute__((constructor)) static void register_tasks(void) {
  const char *rank = getenv("OMPI_COMM_WORLD_RANK");
  torc_abi_register(&common);
  if (rank != NULL && strcmp(rank, "1") == 0)
    torc_abi_register(&extra);
}

static int primary(int argc, char **argv) {
  (void)argc;
  (void)argv;
  printf("ran\n");
  return 0;
}

int main(int argc, char **argv) { return torc_abi_main(argc, argv, primary); }
