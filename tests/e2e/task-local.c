// A local task shares the spawner's memory like an OpenMP task: pointers of
// any kind, with no clause, and it never leaves its node.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

#include <torc.h>

struct list {
  int value;
  struct list *next;
};

void sum_list(const struct list *head, long *out, int *node) {
  long s = 0;
  for (; head; head = head->next)
    s += head->value;
  *out = s;
  *node = torc_node_id();
}

int main(void) {
  enum { N = 6, LEN = 50 };
  static struct list cells[N][LEN];
  long sums[N];
  int nodes[N];
  for (int k = 0; k < N; k++)
    for (int i = 0; i < LEN; i++)
      cells[k][i] = (struct list){k * i, i + 1 < LEN ? &cells[k][i + 1] : 0};
  for (int k = 0; k < N; k++) {
#pragma torc task local
    sum_list(&cells[k][0], &sums[k], &nodes[k]);
  }
#pragma torc wait
  for (int k = 0; k < N; k++)
    printf("list %d: sum %ld, ran on node %d\n", k, sums[k], nodes[k]);
  return 0;
}
