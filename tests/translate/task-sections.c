// Data clauses give each pointer parameter a direction and a section whose
// bounds are evaluated in the spawn function, counted in elements.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

void scale(int lo, int n, const double *x, double *y, int *z);

void caller(double *a, double *b, int *c) {
#pragma torc task in(x[lo:n]) out(y[:n]) inout(z)
  scale(1, 8, a, b, c);
}

// CHECK: static void __torc_spawn_1(torc_abi_task *__torc_task, const torc_abi_site *__torc_site, int lo, int n, const double *x, double *y, int *z) {
// CHECK: torc_abi_buffer __torc_buffers[3];
// CHECK-NEXT: #line 8 "{{.*}}task-sections.c"
// CHECK-NEXT: __torc_buffers[0] = (torc_abi_buffer){(void *)x, (torc_abi_u64)(lo) * sizeof(*x), torc_abi_section_bytes((torc_abi_i64)(n), sizeof(*x), "x[lo:n]", __torc_task, __torc_site), TORC_ABI_IN};
// CHECK-NEXT: #line 8 "{{.*}}task-sections.c"
// CHECK-NEXT: __torc_buffers[1] = (torc_abi_buffer){(void *)y, 0, torc_abi_section_bytes((torc_abi_i64)(n), sizeof(*y), "y[0:n]", __torc_task, __torc_site), TORC_ABI_OUT};
// CHECK-NEXT: #line 8 "{{.*}}task-sections.c"
// CHECK-NEXT: __torc_buffers[2] = (torc_abi_buffer){(void *)z, 0, sizeof(*z), TORC_ABI_INOUT};
// CHECK-NEXT: torc_abi_spawn(__torc_task, __torc_site, &__torc_block, __torc_buffers, 0, 0, 0);
