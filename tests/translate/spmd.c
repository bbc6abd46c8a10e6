// spmd runs the call on every node through torc_abi_spmd; pointer data
// moves in only.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

void setup(int n, const double *table);

void caller(double *t) {
#pragma torc spmd in(table[0:n])
  setup(16, t);
}

// CHECK: static void __torc_spawn_1(torc_abi_task *__torc_task, const torc_abi_site *__torc_site, int n, const double *table) {
// CHECK: (torc_abi_buffer){(void *)table, 0, torc_abi_section_bytes((torc_abi_i64)(n), sizeof(*table), "table[0:n]", __torc_task, __torc_site), TORC_ABI_IN};
// CHECK: torc_abi_spmd(__torc_task, __torc_site, &__torc_block, __torc_buffers);
// CHECK: __torc_spawn_1(&__torc_task_setup, &__torc_site_1, 16, t);
