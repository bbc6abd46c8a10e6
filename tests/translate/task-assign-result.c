// `lvalue = f(args);` passes the address of the lvalue, and the descriptor
// records the size of the result; equal types need no store function.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

int square(int x);

void caller(int *out) {
#pragma torc task
  out[2] = square(7);
}

// CHECK: *(int *)__torc_result = ((__typeof__(square) *)__torc_task->function)(__torc_block->p0);
// CHECK: __torc_task_square = {TORC_ABI_VERSION, "square", __torc_run_1, (void (*)(void))square, sizeof(struct __torc_args_1), sizeof(int), 0, -1};
// CHECK: static void __torc_spawn_1(torc_abi_task *__torc_task, const torc_abi_site *__torc_site, void *__torc_target, int x) {
// CHECK: torc_abi_spawn(__torc_task, __torc_site, &__torc_block, 0, __torc_target, 0, 0);
// CHECK: __torc_spawn_1(&__torc_task_square, &__torc_site_1, &(out[2]), 7);
// CHECK-NOT: __torc_store
