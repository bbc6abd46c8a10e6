// Spawns whose writes outlive the next wait translate without an error:
// a wait in the block before its end, before a break and a goto that
// leave it, variables of the function's body (waited for at its end),
// a pointer to heap memory declared in the block, a global, a static
// local, an element of an outer array, and a switch case waited for
// before its break.
// RUN: %torcc %s -o - | grep -v "^//\|^#line" | FileCheck %s

#include <stdlib.h>

#pragma torc task out(v[0:n])
void fill(int n, double *v);
double f(int i);
double global;

void body_level(int n) {
  double r;
  double v[4];
#pragma torc task
  r = f(n);
#pragma torc task
  fill(4, v);
}
// CHECK-LABEL: void body_level(int n) {
// CHECK:       torc_abi_wait();}

void waited_in_block(int n) {
  double outer[8];
  static double kept;
  for (int i = 0; i < n; i++) {
    double r;
    double *heap = malloc(4 * sizeof(double));
#pragma torc task
    r = f(i);
#pragma torc task
    fill(4, heap);
#pragma torc task
    global = f(i);
#pragma torc task
    kept = f(i);
#pragma torc task
    outer[i % 8] = f(i);
    if (i == 5) {
#pragma torc wait
      break;
    }
    if (i == 6) {
#pragma torc wait
      goto out;
    }
#pragma torc wait
  }
out:
  return;
}
// CHECK-LABEL: void waited_in_block(int n) {
// CHECK:       __torc_spawn_1(&__torc_task_f, &__torc_site_7, &(outer[i % 8]), i);
// CHECK:       out:
// CHECK-NEXT:    return;

void in_switch(int n) {
  switch (n) {
  case 1: {
    double r;
#pragma torc task
    r = f(n);
#pragma torc wait
    break;
  }
  default:
    break;
  }
}
// CHECK-LABEL: void in_switch(int n) {
// CHECK:       __torc_spawn_1(&__torc_task_f, &__torc_site_8, &(r), n);
