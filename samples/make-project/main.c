/*
 * make-project: a program of several files built by an ordinary Makefile.
 * Heat spreads along a rod: each time step splits the rod into blocks and
 * smooths every block in its own task. The task functions are declared,
 * with their data clauses, in stencil.h and defined in stencil.c; only this
 * file spawns them.
 *
 *   make CC=torcc                 # the task-parallel program
 *   TORC_WORKERS=2 mpirun -np 2 ./heat 4096 100
 *   make clean && make            # the same program, sequential, with cc
 *   ./heat 4096 100
 *
 * Arguments: the number of cells (default 4096), the time steps (default
 * 100) and the number of blocks (default 8).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stencil.h"

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 4096;
  int steps = argc > 2 ? atoi(argv[2]) : 100;
  int blocks = argc > 3 ? atoi(argv[3]) : 8;
  if (n < 1 || steps < 0 || blocks < 1 || blocks > n) {
    fprintf(stderr, "usage: heat [cells [steps [blocks]]]\n");
    return 2;
  }
  double *rod = calloc(n, sizeof *rod), *next = calloc(n, sizeof *next);
  /* All the heat starts in the middle tenth of the rod. */
  for (int i = 9 * n / 20; i < 11 * n / 20; i++)
    rod[i] = 100.0;

  for (int t = 0; t < steps; t++) {
    for (int b = 0; b < blocks; b++) {
      int lo = (int)((long)n * b / blocks), hi = (int)((long)n * (b + 1) / blocks);
#pragma torc task
      smooth_block(n, rod, lo, hi, &next[lo]);
    }
#pragma torc wait
    double *swap = rod;
    rod = next;
    next = swap;
  }

  double *sums = malloc(blocks * sizeof *sums);
  for (int b = 0; b < blocks; b++) {
    int lo = (int)((long)n * b / blocks), hi = (int)((long)n * (b + 1) / blocks);
#pragma torc task
    sums[b] = block_sum(hi - lo, &rod[lo]);
  }
#pragma torc wait

  printf("%d cells, %d steps, %d blocks\n", n, steps, blocks);
  double total = 0.0;
  for (int b = 0; b < blocks; b++) {
    printf("block %d: %.6f\n", b, sums[b]);
    total += sums[b];
  }
  printf("total heat: %.6f\n", total);
  free(rod);
  free(next);
  free(sums);
  return 0;
}
