// Task functions of one signature share an argument block type and a
// trampoline, which calls each through its descriptor; a typedef of the
// same type is the same signature, and another signature gets its own.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s
typedef unsigned long count_t;

int add(int a, int b) { return a + b; }
int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
void scale(count_t n, double *v) { for (count_t i = 0; i < n; i++) v[i] *= 2; }
void shift(unsigned long n, double *v) { for (unsigned long i = 0; i < n; i++) v[i] += 1; }

int caller(double *v) {
  int r[3];
#pragma torc task
  r[0] = add(1, 2);
#pragma torc task
  r[1] = sub(1, 2);
#pragma torc task
  r[2] = mul(1, 2);
#pragma torc task inout(v[0:4])
  scale(4, v);
#pragma torc task inout(v[0:4])
  shift(4, v);
#pragma torc wait
  return r[0] + r[1] + r[2];
}

// CHECK:      struct __torc_args_1 {
// CHECK-NEXT:   int p0;
// CHECK-NEXT:   int p1;
// CHECK-NEXT: };
// CHECK-NEXT: static void __torc_run_1(const torc_abi_task *__torc_task, void *__torc_args, void *const *__torc_pointers, void *__torc_result) {
// CHECK:        *(int *)__torc_result = ((__typeof__(add) *)__torc_task->function)(__torc_block->p0, __torc_block->p1);
// CHECK:      static torc_abi_task __torc_task_add = {TORC_ABI_VERSION, "add", __torc_run_1, (void (*)(void))add, sizeof(struct __torc_args_1), sizeof(int), 0, -1};
// CHECK:      struct __torc_args_1 __torc_block = {a, b};
// CHECK:      static torc_abi_task __torc_task_sub = {TORC_ABI_VERSION, "sub", __torc_run_1, (void (*)(void))sub, sizeof(struct __torc_args_1), sizeof(int), 0, -1};
// CHECK:      static torc_abi_task __torc_task_mul = {TORC_ABI_VERSION, "{{.*}}task-shapes.c:mul", __torc_run_1, (void (*)(void))mul,
// CHECK:      struct __torc_args_2 {
// CHECK-NEXT:   count_t p0;
// CHECK-NEXT: };
// CHECK-NEXT: static void __torc_run_2(
// CHECK:        ((__typeof__(scale) *)__torc_task->function)(__torc_block->p0, __torc_pointers[0]);
// CHECK:      static torc_abi_task __torc_task_scale = {TORC_ABI_VERSION, "scale", __torc_run_2, (void (*)(void))scale, sizeof(struct __torc_args_2), 0, 1, -1};
// CHECK:      static torc_abi_task __torc_task_shift = {TORC_ABI_VERSION, "shift", __torc_run_2, (void (*)(void))shift, sizeof(struct __torc_args_2), 0, 1, -1};
// CHECK-NOT:  __torc_run_3
// CHECK:      __attribute__((constructor)) static void __torc_register_unit(void) {
// CHECK-NEXT:   torc_abi_register(&__torc_task_add);
// CHECK-NEXT:   torc_abi_register(&__torc_task_sub);
// CHECK-NEXT:   torc_abi_register(&__torc_task_mul);
// CHECK-NEXT:   torc_abi_register(&__torc_task_scale);
// CHECK-NEXT:   torc_abi_register(&__torc_task_shift);
// CHECK-NEXT: }
