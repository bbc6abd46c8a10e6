/*
 * spmd-bcast: existing MPI code called from a task-parallel program. The
 * primary task prepares a parameter set, then `spmd` runs `distribute` once
 * on every node, where a plain MPI_Bcast on MPI_COMM_WORLD shares node 0's
 * table with everybody, as torcpy's spmd example does. Afterwards ordinary
 * tasks on any node use the broadcast table.
 *
 *   torcc -O2 spmd-bcast.c -o spmd-bcast
 *   mpirun -np 2 ./spmd-bcast
 */
#include <mpi.h>
#include <stdio.h>

#include <torc.h>

enum { SIZE = 8 };
static double table[SIZE];

/* Runs on every node; only node 0's table has been filled in. */
void distribute(int size) {
  MPI_Bcast(table, size, MPI_DOUBLE, 0, MPI_COMM_WORLD);
}

/* Runs wherever the scheduler puts it and reads that node's table. */
double lookup(int i, double scale) { return scale * table[i]; }

int main(void) {
  for (int i = 0; i < SIZE; i++)
    table[i] = 1.0 / (i + 1);
#pragma torc spmd
  distribute(SIZE);

  double scaled[SIZE];
  for (int i = 0; i < SIZE; i++) {
#pragma torc task
    scaled[i] = lookup(i, 100.0);
  }
#pragma torc wait
  for (int i = 0; i < SIZE; i++)
    printf("table[%d] * 100 = %.4f\n", i, scaled[i]);
  return 0;
}
