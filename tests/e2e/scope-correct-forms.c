// Tasks that write only what outlives the next wait: a target declared
// before the loop, elements of an array declared outside the loop,
// globals and static locals, heap memory through a pointer declared in the
// loop, and locals of the loop body waited for in the same block. torcc
// accepts them all, and the results are the sequential program's.
// RUN: %run-matrix --work %t %s
#include <stdio.h>
#include <stdlib.h>

#pragma torc task out(v[0:n])
void fill(int n, double *v, double x);

void fill(int n, double *v, double x) {
  for (int i = 0; i < n; i++)
    v[i] = x + i;
}

double twice(double x) { return 2 * x; }

struct pair {
  double first, second;
};

double global_result;

int main(void) {
  enum { N = 6 };
  double first;
  double outer[N];
  static double kept;
  double *heap = malloc(4 * N * sizeof(double));
  for (int i = 0; i < N; i++) {
    double *chunk = heap + 4 * i;
    if (i == 0) {
#pragma torc task
      first = twice(21);
    }
#pragma torc task
    outer[i] = twice(i + 0.5);
#pragma torc task
    fill(4, chunk, 10 * i);
  }
#pragma torc wait
  double total = 0;
  for (int i = 0; i < N; i++) {
    double scratch[4];
    struct pair p;
#pragma torc task
    kept = twice(i + 0.25);
#pragma torc task
    global_result = twice(i + 0.125);
#pragma torc task
    fill(4, scratch, 100 * i);
#pragma torc task
    p.second = twice(i);
#pragma torc task
    fill(1, &p.first, i);
#pragma torc wait
    total += kept + global_result + scratch[3] + p.first + p.second;
  }
  for (int i = 0; i < N; i++)
    total += outer[i] + heap[4 * i + 3];
  printf("first = %g, total = %g\n", first, total);
  free(heap);
  return 0;
}
