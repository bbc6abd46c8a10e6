/*
 * The 1-D stencil of B11, shared by its task version (stencil.c) and its
 * plain MPI version (stencil-mpi.c), so that both compute the same values.
 * Point i at timestep t is new_point(i, the values of points i-1, i and
 * i+1 at t-1, those that exist, in that order), and starts from
 * first_value(i).
 */
#ifndef STENCIL_H
#define STENCIL_H

#include <stdint.h>

#include "busy.h"

static inline uint64_t first_value(int i) { return 1000003u * (i + 1); }

/* Mixes the point's index and its inputs in order, then works STEPS steps
 * on them. busy() is a bijection, and so is each mixing step, so an input
 * read from the wrong place or timestep changes every value after it. */
static inline uint64_t new_point(int i, int count, long steps,
                                 const uint64_t *around) {
  uint64_t x = (uint64_t)i;
  for (int k = 0; k < count; k++)
    x = (x ^ around[k]) * 0x9e3779b97f4a7c15u;
  return busy(x, steps);
}

/* The first of the points that point i reads, and how many. */
static inline int first_input(int i) { return i > 0 ? i - 1 : 0; }
static inline int input_count(int i, int width) {
  return (i < width - 1 ? i + 1 : width - 1) - first_input(i) + 1;
}

/* One number for a row of values, for comparing whole runs. */
static inline uint64_t row_hash(int width, const uint64_t *row) {
  uint64_t h = 0;
  for (int i = 0; i < width; i++)
    h = (h ^ row[i]) * 0x100000001b3u + 1;
  return h;
}

#endif
