// broadcast copies globals and sections of global arrays from the primary
// task's node to every node; tasks forced onto each node then read them.
// RUN: %run-matrix --work %t %s
#include <stdio.h>
#include <torc.h>

struct params {
  int scale;
  double offset[2];
};

int table[16];
static struct params settings;
double weights[8];

int compute(int k) {
  double w = 0;
  for (int i = 0; i < 8; i++)
    w += weights[i];
  return table[k] * settings.scale + (int)(settings.offset[1] + w);
}

int main(void) {
  enum { TASKS = 6 };
  for (int i = 0; i < 16; i++)
    table[i] = i * i;
  settings.scale = 3;
  settings.offset[1] = 1000;
  for (int i = 0; i < 8; i++)
    weights[i] = i < 4 ? 0 : 10; /* only weights[4..7] are sent */
#pragma torc broadcast(table, settings, weights[4:4])
  int r[TASKS];
  for (int k = 0; k < TASKS; k++) {
#pragma torc task node(k % torc_num_nodes())
    r[k] = compute(k);
  }
#pragma torc wait
  for (int k = 0; k < TASKS; k++)
    printf("task %d: %d\n", k, r[k]);
  return 0;
}
