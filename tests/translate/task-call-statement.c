// A task pragma before `f(args);` turns the call into a spawn function call
// with the same arguments, and the spawn function calls torc_abi_spawn.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

void work(int n, double x);

void caller(int k) {
#pragma torc task
  work(k + 1, 2.5);
}

// CHECK: struct __torc_args_1 {
// CHECK-NEXT:   int p0;
// CHECK-NEXT:   double p1;
// CHECK-NEXT: };
// CHECK: static void __torc_run_1(const torc_abi_task *__torc_task, void *__torc_args, void *const *__torc_pointers, void *__torc_result) {
// CHECK: ((__typeof__(work) *)__torc_task->function)(__torc_block->p0, __torc_block->p1);
// CHECK: static torc_abi_task __torc_task_work = {TORC_ABI_VERSION, "work", __torc_run_1, (void (*)(void))work, sizeof(struct __torc_args_1), 0, 0, -1};
// CHECK-NEXT: static const torc_abi_site __torc_site_1 = {"{{.*}}task-call-statement.c", 8};
// CHECK-NEXT: static void __torc_spawn_1(torc_abi_task *__torc_task, const torc_abi_site *__torc_site, int n, double x) {
// CHECK-NEXT: struct __torc_args_1 __torc_block = {n, x};
// CHECK-NEXT: torc_abi_spawn(__torc_task, __torc_site, &__torc_block, 0, 0, 0, 0);
// CHECK: void caller(int k) {
// CHECK-EMPTY:
// CHECK-NEXT: __torc_spawn_1(&__torc_task_work, &__torc_site_1, k + 1, 2.5);
// CHECK: __attribute__((constructor)) static void __torc_register_unit(void) {
// CHECK-NEXT: torc_abi_register(&__torc_task_work);
// CHECK-NEXT: }
