// Parentheses around the call, and implicit conversions, are allowed.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

short half(int x);

void caller(int *r) {
#pragma torc task
  *r = (half(8));
#pragma torc task
  (half(4));
}

// CHECK: __torc_spawn_1(&__torc_task_half, &__torc_site_1, &(*r), 8);
// CHECK: __torc_spawn_2(&__torc_task_half, &__torc_site_2, 4);
