/*
 * stealing: work stealing between workers and between nodes, in the spirit
 * of torcpy's stealing example.
 *
 * The primary task spawns a single task, `producer`, placed on node 0 with
 * node(0): a placed task is pinned there. The producer spawns many small
 * children of its own, without placement. They are queued on node 0 only,
 * so node 0's other workers take them from its queue, and idle workers of
 * the other nodes steal them across the network. Each child records which
 * node ran it.
 *
 * The results printed on stdout do not depend on who ran what; the count
 * of tasks per node, which does, goes to stderr.
 *
 *   torcc -O2 stealing.c -o stealing
 *   TORC_WORKERS=1 mpirun -np 4 ./stealing                  # spread over 4 nodes
 *   TORC_STEALING=0 TORC_WORKERS=1 mpirun -np 4 ./stealing  # all on node 0
 *
 * Optional arguments: the number of children (default 16) and the seconds
 * each one works (default 0.1).
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <torc.h>

enum { MAX_NODES = 64 };

/* One child: "works" for a while, squares x, and says where it ran. */
long work(long x, double seconds, int *node) {
  struct timespec pause = {(time_t)seconds,
                           (long)((seconds - (time_t)seconds) * 1e9)};
  nanosleep(&pause, NULL);
  *node = torc_node_id();
  return x * x;
}

/* The producer: spawns every child on its own node and waits for them. */
#pragma torc task out(squares[0:n], ran_on[0:n])
void producer(int n, double seconds, long *squares, int *ran_on) {
  for (int i = 0; i < n; i++) {
#pragma torc task out(node)
    squares[i] = work(i + 1, seconds, &ran_on[i]);
  }
#pragma torc wait
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 16;
  double seconds = argc > 2 ? atof(argv[2]) : 0.1;
  long *squares = malloc(n * sizeof *squares);
  int *ran_on = malloc(n * sizeof *ran_on);

  double start = torc_gettime();
#pragma torc task node(0)
  producer(n, seconds, squares, ran_on);
#pragma torc wait
  double elapsed = torc_gettime() - start;

  long total = 0;
  for (int i = 0; i < n; i++)
    total += squares[i];
  printf("%d tasks, sum of squares %ld\n", n, total);

  int per_node[MAX_NODES] = {0};
  for (int i = 0; i < n; i++)
    per_node[ran_on[i] % MAX_NODES]++;
  for (int k = 0; k < torc_num_nodes() && k < MAX_NODES; k++)
    fprintf(stderr, "node %d ran %d tasks\n", k, per_node[k]);
  fprintf(stderr, "elapsed %.2f s\n", elapsed);
  free(squares);
  free(ran_on);
  return 0;
}
