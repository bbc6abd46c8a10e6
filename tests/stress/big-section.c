// A single section of 2.5 GiB, larger than an MPI count can say, moves to
// another node and back intact: the runtime splits the transfer itself.
// RUN: %torcc -O2 %s -o %t
// RUN: env TORC_WORKERS=1 %mpirun -np 2 %t 2.5 | FileCheck %s
// RUN: %mpirun-hosts --hosts 2 -x TORC_WORKERS=1 %t 2.5 | FileCheck %s
// CHECK: 2684354560 bytes moved there and back, 0 wrong
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <torc.h>

#pragma torc task inout(data[0:n])
void bump(size_t n, unsigned char *data) {
  for (size_t i = 0; i < n; i += 4096)
    data[i] = (unsigned char)(data[i] + 1);
  data[n - 1] = (unsigned char)(data[n - 1] + 1);
}

int main(int argc, char **argv) {
  size_t n = (size_t)((argc > 1 ? atof(argv[1]) : 2.5) * (double)(1 << 30));
  unsigned char *data = malloc(n);
  if (data == NULL) {
    printf("cannot allocate %zu bytes\n", n);
    return 1;
  }
  for (size_t i = 0; i < n; i++)
    data[i] = (unsigned char)(i * 7);
  int last = torc_num_nodes() - 1;
#pragma torc task node(last)
  bump(n, data);
#pragma torc wait
  size_t wrong = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char want = (unsigned char)(i * 7);
    if (i % 4096 == 0 || i == n - 1)
      want = (unsigned char)(want + 1);
    wrong += data[i] != want;
  }
  printf("%zu bytes moved there and back, %zu wrong\n", n, wrong);
  free(data);
  return 0;
}
