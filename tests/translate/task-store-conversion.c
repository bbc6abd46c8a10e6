// When the lvalue's type differs from the return type, a store function
// performs C's assignment conversion as the result lands.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

int count(int n);

void caller(double *total) {
#pragma torc task
  *total = count(3);
}

// CHECK: static void __torc_store_1(void *__torc_to, const void *__torc_from) {
// CHECK-NEXT: *(double *)__torc_to = *(const int *)__torc_from;
// CHECK: torc_abi_spawn(__torc_task, __torc_site, &__torc_block, 0, __torc_target, __torc_store_1, 0);
// CHECK: __torc_spawn_1(&__torc_task_count, &__torc_site_1, &(*total), 3);
