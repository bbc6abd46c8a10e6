/*
 * What capturing `in` data at the spawn costs a local task: the primary
 * task spawns a task on its own node and waits for it, TASKS times; each
 * task reads an `in` section of BYTES bytes, first captured (the default),
 * then with shared(x), read in place. Every task checks what it reads.
 *   capture BYTES TASKS    prints "captured-us: T" and "shared-us: T",
 *                          microseconds per task, spawn to completion, and
 *                          "correct: yes" (or "no", with status 1)
 */
#include <stdio.h>
#include <stdlib.h>

#include <torc.h>

/* The byte expected at offset i: it varies along the section, so a copy
 * from the wrong place or of the wrong length does not pass. */
static unsigned char pattern(long i) { return (unsigned char)(i % 251); }

/* One byte per cache line is checked, and the last: every line is read, as
 * a task using all of its input would, at little cost beyond that. */
#pragma torc task in(x[0:n])
int intact(long n, const unsigned char *x) {
  for (long i = 0; i < n; i += 64)
    if (x[i] != pattern(i))
      return 0;
  return n == 0 || x[n - 1] == pattern(n - 1);
}

int main(int argc, char **argv) {
  long bytes = argc > 1 ? atol(argv[1]) : 1L << 20;
  int tasks = argc > 2 ? atoi(argv[2]) : 100;
  unsigned char *x = malloc(bytes > 0 ? bytes : 1);
  int *ok = malloc(2 * tasks * sizeof *ok);
  for (long i = 0; i < bytes; i++)
    x[i] = pattern(i);
  for (int i = 0; i < 2 * tasks; i++)
    ok[i] = 0;
  double start = torc_gettime();
  for (int i = 0; i < tasks; i++) {
#pragma torc task node(0)
    ok[i] = intact(bytes, x);
#pragma torc wait
  }
  double captured = torc_gettime() - start;
  start = torc_gettime();
  for (int i = 0; i < tasks; i++) {
#pragma torc task node(0) shared(x)
    ok[tasks + i] = intact(bytes, x);
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
