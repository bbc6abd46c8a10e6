// node(expr) and worker(expr) choose where a task runs, on every node and
// every worker, and the task stays there.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

#include <torc.h>

struct place {
  int node, worker;
};

struct place where(int tag) {
  (void)tag;
  struct place p = {torc_node_id(), torc_worker_id()};
  return p;
}

int main(void) {
  int nodes = torc_num_nodes(), workers = torc_num_workers();
  struct place by_node[8], by_worker[16];
  for (int k = 0; k < nodes; k++) {
#pragma torc task node(k)
    by_node[k] = where(k);
  }
  for (int g = 0; g < workers; g++) {
#pragma torc task worker(g)
    by_worker[g] = where(g);
  }
#pragma torc wait
  int wrong = 0;
  for (int k = 0; k < nodes; k++)
    wrong += by_node[k].node != k;
  for (int g = 0; g < workers; g++)
    wrong += by_worker[g].node != g / torc_num_local_workers();
  printf("misplaced tasks: %d\n", wrong);
  return 0;
}
