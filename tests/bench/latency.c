/*
 * B10: one tiny task on the last node, spawned and waited for, back to
 * back, TRIPS times: the round trip that bounds an iterative code.
 *   latency TRIPS    prints "roundtrip-us: T" (the mean) and "correct: yes"
 *                    (or "no", with status 1) when every result came back
 *                    from the last node
 */
#include <stdio.h>
#include <stdlib.h>

#include <torc.h>

/* The node it ran on, folded into the answer so that both are checked. */
int next(int i) { return (i + 1) * 16 + torc_node_id(); }

int main(int argc, char **argv) {
  int trips = argc > 1 ? atoi(argv[1]) : 10000;
  int last = torc_num_nodes() - 1, wrong = 0, result;
  double start = torc_gettime();
  for (int i = 0; i < trips; i++) {
#pragma torc task node(last)
    result = next(i);
#pragma torc wait
    wrong += result != (i + 1) * 16 + last;
  }
  double seconds = torc_gettime() - start;
  printf("roundtrip-us: %.2f\ncorrect: %s\n", seconds / trips * 1e6,
         wrong == 0 ? "yes" : "no");
  return wrong == 0 ? 0 : 1;
}
