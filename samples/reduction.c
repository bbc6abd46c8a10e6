/*
 * reduction: callbacks that add task results into an accumulator, torcpy's
 * "reduction with callbacks" example in C. The tasks run on any worker of any
 * node; each one's callback runs on the node that spawned it once the
 * result is back. Callbacks of one parent never run at the same time, so
 * they update `sum` without a lock or an atomic, and all of them have run
 * when the wait returns.
 *
 *   torcc -O2 reduction.c -o reduction
 *   TORC_WORKERS=2 mpirun -np 2 ./reduction          # Sum = 285
 *   TORC_WORKERS=2 mpirun -np 2 ./reduction 1000     # Sum = 332833500
 *
 * An optional argument sets the number of tasks (default 10).
 *
 * This is the one kind of program that does not keep its meaning when a plain
 * C compiler ignores the pragmas: it never calls a callback, and then the sum
 * stays 0.
 */
#include <stdio.h>
#include <stdlib.h>

static long sum;

long square(long x) { return x * x; }

/* Called with the address of a task's result after the result has landed. */
void add_to_sum(const long *value) { sum += *value; }

int main(int argc, char **argv) {
  int ntasks = argc > 1 ? atoi(argv[1]) : 10;
  long *squares = calloc(ntasks, sizeof *squares);

  for (int i = 0; i < ntasks; i++) {
#pragma torc task callback(add_to_sum(&squares[i]))
    squares[i] = square(i);
  }
#pragma torc wait

  printf("Sum = %ld\n", sum);
  free(squares);
  return 0;
}
