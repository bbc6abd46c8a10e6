// spmd runs a function on every node, where plain MPI collectives on
// MPI_COMM_WORLD work; task traffic before and after it is unaffected.
// RUN: %run-matrix --seq-mpi --work %t %s
#include <mpi.h>
#include <stdio.h>

static int rounds_ok;

void check_allreduce(int round, double weight) {
  int rank, size;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &size);
  long mine = (long)(rank + 1) * round;
  long total = 0;
  MPI_Allreduce(&mine, &total, 1, MPI_LONG, MPI_SUM, MPI_COMM_WORLD);
  long expected = (long)round * size * (size + 1) / 2;
  if (rank == 0) {
    printf("round %d (weight %.1f): allreduce %s\n", round, weight,
           total == expected ? "correct" : "WRONG");
    rounds_ok += total == expected;
  }
}

int cube(int x) { return x * x * x; }

int main(void) {
  int cubes[4];
  for (int round = 1; round <= 3; round++) {
#pragma torc spmd
    check_allreduce(round, round * 1.5);
    for (int i = 0; i < 4; i++) {
#pragma torc task
      cubes[i] = cube(round + i);
    }
#pragma torc wait
    printf("round %d: cubes %d %d %d %d\n", round, cubes[0], cubes[1],
           cubes[2], cubes[3]);
  }
  printf("%d rounds correct\n", rounds_ok);
  return 0;
}
