/*
 * callback: a task with a callback, torcpy's "simple callback" example in C.
 * Four tasks square their input wherever the scheduler puts them. When one
 * completes and its result has landed in the caller's array, its callback
 * runs back on the node that spawned it (node 0 here) and reports that
 * result. The callbacks run in the order the tasks finish, one at a time.
 *
 *   torcc -O2 callback.c -o callback
 *   TORC_WORKERS=2 mpirun -np 2 ./callback
 *
 * An optional argument sets the number of tasks (default 4).
 *
 * A plain C compiler ignores the pragmas and so never calls the callback:
 * compiled that way, the program prints only the "Received" lines.
 */
#include <stdio.h>
#include <stdlib.h>

#include <torc.h>

int work(int x) {
  int y = x * x;
  fprintf(stderr, "work in=%d out=%d on node %d, worker %d\n", x, y,
          torc_node_id(), torc_worker_id());
  return y;
}

/*
 * The callback's arguments are evaluated when the task is spawned, so it is
 * given the address where the result will land, not the result itself.
 */
void report(int x, const int *result) {
  printf("callback on node %d: %d^2 = %d\n", torc_node_id(), x, *result);
}

int main(int argc, char **argv) {
  int ntasks = argc > 1 ? atoi(argv[1]) : 4;
  int *result = calloc(ntasks, sizeof *result);

  for (int i = 0; i < ntasks; i++) {
#pragma torc task callback(report(i + 1, &result[i]))
    result[i] = work(i + 1);
  }
#pragma torc wait

  for (int i = 0; i < ntasks; i++)
    printf("Received: %d^2=%d\n", i + 1, result[i]);
  free(result);
  return 0;
}
