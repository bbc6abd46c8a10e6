/*
 * heat: an iterative code. A rod of CELLS cells cools over TIMESTEPS
 * timesteps by the explicit finite-difference scheme of the 1-D heat
 * equation; its ends are held at 0 degrees. The rod is cut into BLOCKS
 * blocks. Every timestep spawns one task per block, which reads its block
 * and the cell on each side of it (its halo) from the last timestep and
 * writes its block of the next one, then waits for all of them: the shape
 * of most time-stepping codes, where each step ends in a wait.
 *
 *   torcc -O2 heat.c -o heat
 *   TORC_WORKERS=2 mpirun -np 2 ./heat                # 1000 cells, 8 blocks
 *   TORC_WORKERS=2 mpirun -np 2 ./heat 100000 16 500
 *
 * Arguments: CELLS (default 1000), BLOCKS (default 8), TIMESTEPS (default
 * 200). Each cell's new value depends only on three old values, computed
 * the same way wherever the task runs, so the output matches the
 * sequential program's to the last bit.
 */
#include <stdio.h>
#include <stdlib.h>

/* Diffusion number: alpha * dt / dx^2; below 1/2 the scheme is stable. */
#define NU 0.25

/*
 * One timestep of cells [first, first + count) of the rod. `old` holds
 * the old values of those cells and one more on each side; `new` receives
 * the new values of the block.
 */
#pragma torc task in(old[0:count + 2]) out(new[0:count])
void step_block(int count, const double *old, double *new) {
  for (int i = 0; i < count; i++)
    new[i] = old[i + 1] + NU * (old[i] - 2 * old[i + 1] + old[i + 2]);
}

int main(int argc, char **argv) {
  int cells = argc > 1 ? atoi(argv[1]) : 1000;
  int blocks = argc > 2 ? atoi(argv[2]) : 8;
  int timesteps = argc > 3 ? atoi(argv[3]) : 200;
  if (cells < 1 || blocks < 1 || blocks > cells || timesteps < 0) {
    fprintf(stderr, "usage: heat [cells [blocks [timesteps]]] with "
                    "1 <= blocks <= cells\n");
    return 2;
  }
  /* Both buffers keep a fixed 0 at each end: the boundary. */
  double *now = calloc((size_t)cells + 2, sizeof *now);
  double *next = calloc((size_t)cells + 2, sizeof *next);
  if (now == NULL || next == NULL) {
    fprintf(stderr, "heat: out of memory for %d cells\n", cells);
    return 1;
  }
  /* A hot middle third. */
  for (int i = cells / 3; i < 2 * cells / 3; i++)
    now[i + 1] = 100.0;

  for (int t = 0; t < timesteps; t++) {
    for (int b = 0; b < blocks; b++) {
      int first = (int)((long)cells * b / blocks);
      int end = (int)((long)cells * (b + 1) / blocks);
#pragma torc task
      step_block(end - first, &now[first], &next[first + 1]);
    }
#pragma torc wait
    double *swap = now;
    now = next;
    next = swap;
  }

  /* The heat left, and how it spread: the mean square distance of the
   * heat from the rod's middle grows as the hot region widens. */
  double heat = 0, spread = 0, middle = (cells + 1) / 2.0;
  for (int i = 1; i <= cells; i++) {
    heat += now[i];
    spread += now[i] * (i - middle) * (i - middle);
  }
  printf("after %d timesteps: total heat %.17g, spread %.17g\n", timesteps,
         heat, heat > 0 ? spread / heat : 0.0);
  /* The cells around the hot region's first edge. */
  int edge = cells / 3 + 1;
  printf("cells %d to %d:", edge - 2, edge + 2);
  for (int i = edge - 2; i <= edge + 2; i++)
    printf(" %.17g", i >= 1 && i <= cells ? now[i] : 0.0);
  printf("\n");
  free(now);
  free(next);
  return 0;
}
