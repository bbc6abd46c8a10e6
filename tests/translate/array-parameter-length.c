// C99 array parameter syntax gives the length: const arrays move in, others
// in and out; a 2-D VLA moves n rows of its row type.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

void smooth(int n, const double in[n], double out[static n], int m,
            double grid[n][m]);

void caller(double *a, double *b, double (*g)[8]) {
#pragma torc task
  smooth(16, a, b, 8, g);
}

// CHECK: static void __torc_spawn_1(torc_abi_task *__torc_task, const torc_abi_site *__torc_site, int n, const double in[n], double out[static n], int m, double grid[n][m]) {
// CHECK: (torc_abi_buffer){(void *)in, 0, torc_abi_section_bytes((torc_abi_i64)(n), sizeof(*in), "in[0:n]", __torc_task, __torc_site), TORC_ABI_IN};
// CHECK: (torc_abi_buffer){(void *)out, 0, torc_abi_section_bytes((torc_abi_i64)(n), sizeof(*out), "out[0:n]", __torc_task, __torc_site), TORC_ABI_INOUT};
// CHECK: (torc_abi_buffer){(void *)grid, 0, torc_abi_section_bytes((torc_abi_i64)(n), sizeof(*grid), "grid[0:n]", __torc_task, __torc_site), TORC_ABI_INOUT};
