/*
 * broadcast: global data set up by the primary task, copied to every node
 * with one directive. Global variables are per node, so without the
 * broadcast a task running on another node would see that node's own,
 * still empty, table. This does what spmd-bcast.c does with MPI_Bcast,
 * without writing any MPI.
 *
 *   torcc -O2 broadcast.c -o broadcast
 *   TORC_WORKERS=1 mpirun -np 3 ./broadcast
 *
 * An optional argument sets the scale factor (default 100).
 */
#include <stdio.h>
#include <stdlib.h>

enum { SIZE = 8 };
static double table[SIZE];
static double scale;

/* Runs on any node and reads that node's copy of the globals. */
double lookup(int i) { return scale * table[i]; }

int main(int argc, char **argv) {
  scale = argc > 1 ? atof(argv[1]) : 100.0;
  for (int i = 0; i < SIZE; i++)
    table[i] = 1.0 / (i + 1);
#pragma torc broadcast(table[0:SIZE], scale)

  double scaled[SIZE];
#pragma torc parallel for
  for (int i = 0; i < SIZE; i++)
    scaled[i] = lookup(i);

  for (int i = 0; i < SIZE; i++)
    printf("table[%d] * %g = %.4f\n", i, scale, scaled[i]);
  return 0;
}
