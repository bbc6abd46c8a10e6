// Structs without pointers travel by value, arrays inside them included.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

struct particle {
  double position[3];
  double mass;
  int id;
};

struct summary {
  double weighted[3];
  int id;
};

struct summary weigh(struct particle p) {
  struct summary s;
  for (int d = 0; d < 3; d++)
    s.weighted[d] = p.position[d] * p.mass;
  s.id = p.id * 10;
  return s;
}

int main(void) {
  enum { N = 8 };
  struct particle particles[N];
  struct summary summaries[N];
  for (int i = 0; i < N; i++) {
    particles[i] = (struct particle){{i, i + 0.5, -i}, 1.0 + i, i};
  }
  for (int i = 0; i < N; i++) {
#pragma torc task
    summaries[i] = weigh(particles[i]);
  }
#pragma torc wait
  for (int i = 0; i < N; i++)
    printf("%d: %g %g %g\n", summaries[i].id, summaries[i].weighted[0],
           summaries[i].weighted[1], summaries[i].weighted[2]);
  return 0;
}
