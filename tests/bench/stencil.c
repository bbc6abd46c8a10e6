/*
 * B11: an iterative code. Each of TIMESTEPS timesteps spawns one task per
 * point of a 1-D stencil of WIDTH points (one per worker), each reading its
 * own and its neighbours' values of the timestep before through an `in`
 * section and writing its new value `out`, and waits for them. This is done
 * for each task size in turn, STEPS being the steps of busy() in a task.
 *   stencil WIDTH TIMESTEPS STEPS...
 * prints, for each STEPS, "steps S seconds T result R": the wall time of
 * the timesteps, and a hash of the last timestep's values for comparing
 * with the sequential build of this file, which computes the same.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <torc.h>

#include "stencil.h"

#pragma torc task in(around[0:count]) out(value)
void point(int i, int count, long steps, const uint64_t *around,
           uint64_t *value) {
  *value = new_point(i, count, steps, around);
}

/* The seconds TIMESTEPS timesteps take; leaves the last values in *row. */
static double run(int width, int timesteps, long steps, uint64_t **row,
                  uint64_t **next) {
  for (int i = 0; i < width; i++)
    (*row)[i] = first_value(i);
  double start = torc_gettime();
  for (int t = 0; t < timesteps; t++) {
    uint64_t *before = *row, *after = *next;
    for (int i = 0; i < width; i++) {
#pragma torc task
      point(i, input_count(i, width), steps, &before[first_input(i)],
            &after[i]);
    }
#pragma torc wait
    *row = after;
    *next = before;
  }
  return torc_gettime() - start;
}

int main(int argc, char **argv) {
  if (argc < 4) {
    fprintf(stderr, "usage: stencil WIDTH TIMESTEPS STEPS...\n");
    return 2;
  }
  int width = atoi(argv[1]), timesteps = atoi(argv[2]);
  uint64_t *row = malloc(width * sizeof *row);
  uint64_t *next = malloc(width * sizeof *next);
  for (int k = 3; k < argc; k++) {
    long steps = atol(argv[k]);
    double seconds = run(width, timesteps, steps, &row, &next);
    printf("steps %ld seconds %.6f result %016llx\n", steps, seconds,
           (unsigned long long)row_hash(width, row));
  }
  free(row);
  free(next);
  return 0;
}
