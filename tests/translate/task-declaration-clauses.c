// Clauses on a file-scope task pragma apply at every spawn of the function;
// a call-site clause takes precedence for the parameters it names.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

#pragma torc task in(x[0:n]) out(y[0:n])
void saxpy(int n, double a, const double *x, double *y);

void caller(double *u, double *v) {
#pragma torc task
  saxpy(4, 2.0, u, v);
#pragma torc task inout(y[0:2 * n])
  saxpy(4, 2.0, u, v);
}

// CHECK-NOT: #pragma torc
// CHECK: static void __torc_spawn_1(torc_abi_task *__torc_task, const torc_abi_site *__torc_site, 
// CHECK: (torc_abi_buffer){(void *)x, 0, torc_abi_section_bytes((torc_abi_i64)(n), sizeof(*x), "x[0:n]", __torc_task, __torc_site), TORC_ABI_IN};
// CHECK: (torc_abi_buffer){(void *)y, 0, torc_abi_section_bytes((torc_abi_i64)(n), sizeof(*y), "y[0:n]", __torc_task, __torc_site), TORC_ABI_OUT};
// CHECK: static void __torc_spawn_2(torc_abi_task *__torc_task, const torc_abi_site *__torc_site, 
// CHECK: (torc_abi_buffer){(void *)x, 0, torc_abi_section_bytes((torc_abi_i64)(n), sizeof(*x), "x[0:n]", __torc_task, __torc_site), TORC_ABI_IN};
// CHECK: (torc_abi_buffer){(void *)y, 0, torc_abi_section_bytes((torc_abi_i64)(2 * n), sizeof(*y), "y[0:2 * n]", __torc_task, __torc_site), TORC_ABI_INOUT};
