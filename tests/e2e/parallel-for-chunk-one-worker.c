// A chunk is one unit of scheduling: its members run one after another on
// the same worker of the same node, wherever the chunk goes.
// RUN: %run-matrix --work %t %s
#include <stdio.h>
#include <torc.h>

int where(int i) {
  (void)i;
  return torc_node_id() * 1000 + torc_worker_id();
}

int main(void) {
  enum { N = 24, K = 4 };
  int w[N];
#pragma torc parallel for chunksize(K)
  for (int i = 0; i < N; i++)
    w[i] = where(i);
  for (int c = 0; c < N / K; c++) {
    int same = 1;
    for (int i = c * K; i < (c + 1) * K; i++)
      same &= w[i] == w[c * K];
    printf("chunk %d ran on one worker: %s\n", c, same ? "yes" : "no");
  }
  return 0;
}
