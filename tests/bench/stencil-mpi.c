/*
 * B11's plain MPI reference: the stencil of stencil.c, with WIDTH / ranks
 * points per rank; every timestep each rank trades its edge values with its
 * neighbour ranks, then computes its points.
 *   stencil-mpi WIDTH TIMESTEPS STEPS...
 * prints what stencil prints: for each STEPS, "steps S seconds T result R".
 */
#include <mpi.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "stencil.h"

/* This rank's points are first..first+own-1; row[0] and row[own + 1] hold
 * the neighbours' edge values, when there are neighbours. */
struct part {
  int width, first, own, left, right;
  uint64_t *row, *next;
};

static void trade_edges(struct part *p, uint64_t *row) {
  /* Edges go right, then left; MPI_PROC_NULL makes the ends no-ops. */
  MPI_Sendrecv(&row[p->own], 1, MPI_UINT64_T, p->right, 0, &row[0], 1,
               MPI_UINT64_T, p->left, 0, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
  MPI_Sendrecv(&row[1], 1, MPI_UINT64_T, p->left, 1, &row[p->own + 1], 1,
               MPI_UINT64_T, p->right, 1, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
}

static double run(struct part *p, int timesteps, long steps) {
  for (int k = 0; k < p->own; k++)
    p->row[k + 1] = first_value(p->first + k);
  MPI_Barrier(MPI_COMM_WORLD);
  double start = MPI_Wtime();
  for (int t = 0; t < timesteps; t++) {
    trade_edges(p, p->row);
    for (int k = 0; k < p->own; k++) {
      int i = p->first + k;
      /* Global point j sits at row[j - first + 1]. */
      p->next[k + 1] = new_point(i, input_count(i, p->width), steps,
                                 &p->row[first_input(i) - p->first + 1]);
    }
    uint64_t *swap = p->row;
    p->row = p->next;
    p->next = swap;
  }
  MPI_Barrier(MPI_COMM_WORLD);
  return MPI_Wtime() - start;
}

int main(int argc, char **argv) {
  MPI_Init(&argc, &argv);
  int rank, ranks;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &ranks);
  if (argc < 4 || atoi(argv[1]) % ranks != 0) {
    if (rank == 0)
      fprintf(stderr, "usage: stencil-mpi WIDTH TIMESTEPS STEPS..., "
                      "WIDTH a multiple of the ranks\n");
    MPI_Abort(MPI_COMM_WORLD, 2);
  }
  struct part p;
  p.width = atoi(argv[1]);
  p.own = p.width / ranks;
  p.first = rank * p.own;
  p.left = rank > 0 ? rank - 1 : MPI_PROC_NULL;
  p.right = rank < ranks - 1 ? rank + 1 : MPI_PROC_NULL;
  p.row = malloc((p.own + 2) * sizeof *p.row);
  p.next = malloc((p.own + 2) * sizeof *p.next);
  uint64_t *last = malloc(p.width * sizeof *last);
  int timesteps = atoi(argv[2]);
  for (int k = 3; k < argc; k++) {
    long steps = atol(argv[k]);
    double seconds = run(&p, timesteps, steps);
    MPI_Gather(&p.row[1], p.own, MPI_UINT64_T, last, p.own, MPI_UINT64_T, 0,
               MPI_COMM_WORLD);
    if (rank == 0)
      printf("steps %ld seconds %.6f result %016llx\n", steps, seconds,
             (unsigned long long)row_hash(p.width, last));
  }
  free(p.row);
  free(p.next);
  free(last);
  MPI_Finalize();
  return 0;
}
