// A `const char *` argument is captured at the spawn: every task sees the
// name built for it, although one array holds each name in turn.
// RUN: %run-matrix --work %t %s
#include <stdio.h>
#include <string.h>

enum { TASKS = 30 };

unsigned checksum(const char *name) {
  unsigned h = 5381;
  for (const char *c = name; *c; c++)
    h = h * 33 + (unsigned char)*c;
  return h ^ (unsigned)strlen(name);
}

int main(void) {
  char name[32];
  unsigned sums[TASKS];
  for (int k = 0; k < TASKS; k++) {
    snprintf(name, sizeof name, "item-%d%s", k, k % 3 ? "" : "-third");
#pragma torc task
    sums[k] = checksum(name);
  }
  strcpy(name, "overwritten");
#pragma torc wait
  for (int k = 0; k < TASKS; k++)
    printf("%d: %u\n", k, sums[k]);
  return 0;
}
