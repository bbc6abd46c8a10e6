// 10,000 spmd rounds, each an MPI_Allreduce on every node, switch in and
// out of SPMD mode without losing or mixing a message.
// RUN: %torcc -O2 %s -o %t
// RUN: env TORC_WORKERS=1 %mpirun -np 2 %t 10000 | FileCheck %s
// RUN: env TORC_WORKERS=1 %mpirun -np 3 %t 10000 | FileCheck %s
// CHECK: 10000 rounds, 0 wrong
// On simulated hosts each process is bound to its host's one core; while
// another test keeps that core busy, every round waits a time slice for it,
// so fewer rounds keep the run to seconds.
// RUN: %mpirun-hosts --hosts 3 -x TORC_WORKERS=1 %t 2000 | FileCheck --check-prefix=HOSTS %s
// HOSTS: 2000 rounds, 0 wrong
#include <mpi.h>
#include <stdio.h>
#include <stdlib.h>

static int wrong;

void reduce_round(int round) {
  int rank, size;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &size);
  long mine = (long)round * (rank + 1), total = 0;
  MPI_Allreduce(&mine, &total, 1, MPI_LONG, MPI_SUM, MPI_COMM_WORLD);
  wrong += total != (long)round * size * (size + 1) / 2;
}

int main(int argc, char **argv) {
  int rounds = argc > 1 ? atoi(argv[1]) : 10000;
  for (int r = 0; r < rounds; r++) {
#pragma torc spmd
    reduce_round(r);
  }
  printf("%d rounds, %d wrong\n", rounds, wrong);
  return 0;
}
