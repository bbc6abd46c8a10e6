// Clauses may be separated by commas, and items inside a clause too;
// bounds may hold any balanced C expression.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

void copy(int n, const int *src, int *dst, int *aux);

void caller(int *a, int *b, int *c) {
#pragma torc task in(src[(n > 2 ? 1 : 0):n - (n > 2 ? 1 : 0)]), out(dst[0:n], aux)
  copy(4, a, b, c);
}

// CHECK: (torc_abi_buffer){(void *)src, (torc_abi_u64)((n > 2 ? 1 : 0)) * sizeof(*src), torc_abi_section_bytes((torc_abi_i64)(n - (n > 2 ? 1 : 0)), sizeof(*src), "src[(n > 2 ? 1 : 0):n - (n > 2 ? 1 : 0)]", __torc_task, __torc_site), TORC_ABI_IN};
// CHECK: (torc_abi_buffer){(void *)dst, 0, torc_abi_section_bytes((torc_abi_i64)(n), sizeof(*dst), "dst[0:n]", __torc_task, __torc_site), TORC_ABI_OUT};
// CHECK: (torc_abi_buffer){(void *)aux, 0, sizeof(*aux), TORC_ABI_OUT};
