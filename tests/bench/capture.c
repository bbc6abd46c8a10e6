/*
 * What capturing `in` data at the spawn costs a local task: the primary
 * task spawns a task on its own node and waits for it, TASKS times; each
 * task reads an `in` section of BYTES bytes, first captured (the default),
 * then with shared(x), read in place. Every task checks what it reads.
 *   capture BYTES TASKS    prints "captured-us: T" and "shared-us: T",
 *                          microseconds per task, spawn to completion
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <torc.h>

#pragma torc task in(x[0:n])
int intact(long n, const unsigned char *x, unsigned char fill) {
  for (long i = 0; i < n; i += 64)
    if (x[i] != fill)
      return 0;
  return n == 0 || x[n - 1] == fill;
}

int main(int argc, char **argv) {
  long bytes = argc > 1 ? atol(argv[1]) : 1L << 20;
  int tasks = argc > 2 ? atoi(argv[2]) : 100;
  unsigned char *x = malloc(bytes > 0 ? bytes : 1);
  int *ok = malloc(2 * tasks * sizeof *ok);
  memset(x, 7, bytes);
  double start = torc_gettime();
  for (int i = 0; i < tasks; i++) {
#pragma torc task node(0)
    ok[i] = intact(bytes, x, 7);
#pragma torc wait
  }
  double captured = torc_gettime() - start;
  start = torc_gettime();
  for (int i = 0; i < tasks; i++) {
#pragma torc task node(0) shared(x)
    ok[tasks + i] = intact(bytes, x, 7);
#pragma torc wait
  }
  double shared = torc_gettime() - start;
  int good = 0;
  for (int i = 0; i < 2 * tasks; i++)
    good += ok[i];
  printf("correct: %s\ncaptured-us: %.2f\nshared-us: %.2f\n",
         good == 2 * tasks ? "yes" : "no", captured / tasks * 1e6,
         shared / tasks * 1e6);
  free(x);
  free(ok);
  return good == 2 * tasks ? 0 : 1;
}
