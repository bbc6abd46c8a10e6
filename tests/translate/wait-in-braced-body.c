// Stand-alone directives inside the braces of a control statement's body,
// and a task as the whole body, translate as written.
// RUN: %torcc %s -o - | FileCheck %s

int work(int n);
double table[4];

void f(int c, int n, int *r) {
  if (c) {
#pragma torc wait
    r[0] = 1;
  } else {
#pragma torc broadcast(table[0:4])
  }
  for (int i = 0; i < n; i++)
#pragma torc task
    r[i] = work(i);
  while (n-- > 0) {
#pragma torc wait
  }
}

// CHECK:      if (c) {
// CHECK-NEXT: torc_abi_wait();
// CHECK:      } else {
// CHECK-NEXT: torc_abi_broadcast(
// CHECK:      for (int i = 0; i < n; i++)
// CHECK-EMPTY:
// CHECK-NEXT: __torc_spawn_1(&__torc_task_work, &__torc_site_1, &(r[i]), i);
// CHECK:      while (n-- > 0) {
// CHECK-NEXT: torc_abi_wait();
