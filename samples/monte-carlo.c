/*
 * monte-carlo: estimates pi by throwing random points at the unit square
 * and counting those inside the quarter circle, one task per batch of
 * points.
 *
 * The answer must not depend on where or in which order the batches run, so
 * each batch has its own small random number generator, seeded from the
 * batch's index alone, never from the clock, the node or the worker. The
 * counts are integers and are added up in batch order, so every
 * configuration, and the plain sequential build, prints the same digits.
 *
 *   torcc -O2 monte-carlo.c -o monte-carlo
 *   TORC_WORKERS=2 mpirun -np 2 ./monte-carlo 64 1000000
 *
 * Arguments: the number of batches (default 64) and the points per batch
 * (default 1000000).
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <torc.h>

/* splitmix64: tiny, fast, and good enough to spread points evenly. */
static uint64_t next_random(uint64_t *state) {
  uint64_t z = (*state += 0x9e3779b97f4a7c15u);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
  return z ^ (z >> 31);
}

/* A uniform double in [0, 1), from the top 53 bits. */
static double uniform(uint64_t *state) {
  return (next_random(state) >> 11) * 0x1.0p-53;
}

/* One batch: how many of `points` random points fall inside the circle. */
long count_inside(long batch, long points) {
  uint64_t state = 0x5eed0000u + (uint64_t)batch;
  long inside = 0;
  for (long i = 0; i < points; i++) {
    double x = uniform(&state), y = uniform(&state);
    inside += x * x + y * y < 1.0;
  }
  return inside;
}

int main(int argc, char **argv) {
  long batches = argc > 1 ? atol(argv[1]) : 64;
  long points = argc > 2 ? atol(argv[2]) : 1000000;
  if (batches < 1 || points < 1) {
    fprintf(stderr, "usage: monte-carlo [batches [points per batch]]\n");
    return 2;
  }
  long *inside = malloc(batches * sizeof *inside);

  double start = torc_gettime();
  for (long b = 0; b < batches; b++) {
#pragma torc task
    inside[b] = count_inside(b, points);
  }
#pragma torc wait
  double elapsed = torc_gettime() - start;

  long total = 0;
  for (long b = 0; b < batches; b++)
    total += inside[b];
  double pi = 4.0 * total / ((double)batches * points);
  printf("%ld batches x %ld points: %ld inside\n", batches, points, total);
  printf("pi is about %.6f (error %.6f)\n", pi, fabs(pi - acos(-1.0)));
  fprintf(stderr, "%d nodes x %d workers: %.3f s\n", torc_num_nodes(),
          torc_num_local_workers(), elapsed);
  free(inside);
  return 0;
}
