/*
 * map: applies a function to every element of a sequence in parallel,
 * torcpy's `map(work, range(10))` in C. The loop under `parallel for` is an
 * ordinary C loop whose body is one task statement; every chunk of
 * `chunksize` consecutive iterations becomes one task, and the loop waits
 * for all of them, so the results are in place in the statement after it.
 *
 *   torcc -O2 map.c -o map
 *   TORC_WORKERS=2 mpirun -np 2 ./map            # 10 squares, one per task
 *   TORC_WORKERS=2 mpirun -np 2 ./map 1000 50    # 1000 squares, 20 tasks
 *
 * Arguments: the length of the sequence (default 10) and the chunk size
 * (default 1).
 */
#include <stdio.h>
#include <stdlib.h>

long work(long x) { return x * x; }

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  int chunk = argc > 2 ? atoi(argv[2]) : 1;
  if (n < 0 || chunk < 1) {
    fprintf(stderr, "usage: map [length [chunk size]]\n");
    return 2;
  }
  long *results = malloc((n > 0 ? n : 1) * sizeof *results);

#pragma torc parallel for chunksize(chunk)
  for (int i = 0; i < n; i++)
    results[i] = work(i);

  long total = 0;
  printf("[");
  for (int i = 0; i < n; i++) {
    total += results[i];
    if (i < 10)
      printf(i ? ", %ld" : "%ld", results[i]);
  }
  printf(n > 10 ? ", ...]\n" : "]\n");
  printf("sum of %d squares: %ld\n", n, total);
  free(results);
  return 0;
}
