#include <mpi.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <torc.h>

int poke(int address) {
  volatile int *p = (volatile int *)(long)address;
  return *p;
}

/* Runs on every node. Node `who` fails as `how` says, while the others wait
 * for it in a collective, as real spmd code would. */
void solve(int who, const char *how) {
  if (torc_node_id() == who) {
    if (strcmp(how, "task") == 0) {
      int r = 0;
#pragma torc task
      r = poke(0);
#pragma torc wait
      printf("not reached: %d\n", r);
    } else if (strcmp(how, "exit") == 0) {
      exit(0);
    } else {
      poke(0);
    }
  }
  MPI_Barrier(MPI_COMM_WORLD);
}

/* argv: the failing node, and how it fails: segv, task or exit. */
int main(int argc, char **argv) {
  int who = argc > 1 ? atoi(argv[1]) : 1;
  const char *how = argc > 2 ? argv[2] : "segv";
#pragma torc spmd
  solve(who, how);
  printf("not reached\n");
  return 0;
}
