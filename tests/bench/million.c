/*
 * B7: the primary task spawns TASKS tasks before a single wait.
 *   million TASKS    prints "bytes/task: B" (peak resident memory growth
 *                    per outstanding task)
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

static long peak_kib(void) {
  struct rusage u;
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

int identity(int i) { return i; }

int main(int argc, char **argv) {
  int tasks = argc > 1 ? atoi(argv[1]) : 1000000;
  int *results = malloc(tasks * sizeof *results);
  for (int i = 0; i < tasks; i++)
    results[i] = -1;
  long before = peak_kib();
  for (int i = 0; i < tasks; i++) {
#pragma torc task
    results[i] = identity(i);
  }
#pragma torc wait
  long after = peak_kib();
  long wrong = 0;
  for (int i = 0; i < tasks; i++)
    wrong += results[i] != i;
  printf("wrong: %ld\nbytes/task: %.1f\n", wrong,
         (after - before) * 1024.0 / tasks);
  free(results);
  return 0;
}
