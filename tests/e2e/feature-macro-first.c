// A feature-test macro at the top of the file selects what the C library
// declares, as it does in the sequential build: the translated file sets no
// library feature before the user's first line. strchrnul is a GNU
// extension, declared only under _GNU_SOURCE.
// RUN: %run-matrix --work %t %s
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>

#include <torc.h>

long field_length(const char *s) { return strchrnul(s, ',') - s; }

int main(void) {
  const char *fields[] = {"alpha,beta", "gamma", ",delta"};
  long lengths[3];
  for (int i = 0; i < 3; i++) {
#pragma torc task
    lengths[i] = field_length(fields[i]);
  }
#pragma torc wait
  printf("%ld %ld %ld\n", lengths[0], lengths[1], lengths[2]);
  return 0;
}
