/*
 * late-switch: a program that starts as an ordinary SPMD MPI program and
 * switches to tasks later, torcpy's init/launch/shutdown example in C.
 *
 * torc_init starts MPI and the runtime on every node. The code after it
 * runs on every node, as in any MPI program: node 0 decides the size of the
 * problem and broadcasts it with MPI_Bcast, and every node builds the same
 * table of work items in its own memory. torc_launch(NULL) then makes node
 * 0's main the primary task, while the other nodes serve tasks until node 0
 * calls torc_shutdown. The tasks read the table of the node they run on.
 *
 * Because main calls torc_init itself, torcc leaves main as it is.
 *
 *   torcc -O2 late-switch.c -o late-switch
 *   TORC_WORKERS=2 mpirun -np 2 ./late-switch
 *
 * An optional argument sets the number of work items (default 12).
 */
#include <mpi.h>
#include <stdio.h>
#include <stdlib.h>

#include <torc.h>

/* The work items, built on every node before the switch to tasks. */
enum { MAX_ITEMS = 1000 };
static int nitems;
static double width[MAX_ITEMS], height[MAX_ITEMS];

static void build_items(void) {
  for (int i = 0; i < nitems; i++) {
    width[i] = 1.0 + i % 7;
    height[i] = 2.0 + i % 5;
  }
}

/* A task: works on item i of the table of the node where it runs. */
double area(int i) { return width[i] * height[i]; }

int main(int argc, char **argv) {
  torc_init(&argc, &argv);

  /* SPMD: this part runs on every node. */
  int rank;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  if (rank == 0)
    nitems = argc > 1 ? atoi(argv[1]) : 12;
  MPI_Bcast(&nitems, 1, MPI_INT, 0, MPI_COMM_WORLD);
  if (nitems < 0 || nitems > MAX_ITEMS) {
    if (rank == 0)
      fprintf(stderr, "late-switch: between 0 and %d items, please\n",
              MAX_ITEMS);
    torc_shutdown();
    return 1;
  }
  build_items();

  /* From here on node 0 is the primary task and the others serve tasks. */
  torc_launch(NULL);
  if (torc_node_id() == 0) {
    double *areas = malloc(nitems * sizeof *areas);
    for (int i = 0; i < nitems; i++) {
#pragma torc task
      areas[i] = area(i);
    }
#pragma torc wait
    double total = 0;
    for (int i = 0; i < nitems; i++)
      total += areas[i];
    printf("%d items, total area %.1f\n", nitems, total);
    free(areas);
  }
  torc_shutdown();
  return 0;
}
