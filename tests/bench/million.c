/*
 * B7: the primary task spawns TASKS tasks before a single wait.
 *   million TASKS    prints "bytes/task: B" (peak resident memory growth
 *                    per outstanding task), the count of tasks whose result
 *                    came back, and "correct: yes" (or "no", with status 1)
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
  /* A task that never ran leaves -1; one whose result went astray leaves
   * another task's slot wrong. */
  int done = 0;
  for (int i = 0; i < tasks; i++)
    done += results[i] == i;
  printf("completed: %d of %d\nbytes/task: %.1f\ncorrect: %s\n", done, tasks,
         (after - before) * 1024.0 / tasks, done == tasks ? "yes" : "no");
  free(results);
  return done == tasks ? 0 : 1;
}
