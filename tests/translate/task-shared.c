// `shared(items)` marks in data that the runtime reads in place on the
// spawning node; a section in it says what moves, as in `in` would.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

#pragma torc task shared(m)
double sum(int n, const double *m, const double *w, const char *s);

void caller(const double *a, const double *b, double *out) {
#pragma torc task shared(w[0:n], s)
  *out = sum(8, a, b, "x");
}

// CHECK: static void __torc_spawn_1(torc_abi_task *__torc_task, const torc_abi_site *__torc_site, void *__torc_target, int n, const double *m, const double *w, const char *s) {
// CHECK: __torc_buffers[0] = (torc_abi_buffer){(void *)m, 0, sizeof(*m), TORC_ABI_IN | TORC_ABI_SHARED};
// CHECK: __torc_buffers[1] = (torc_abi_buffer){(void *)w, 0, torc_abi_section_bytes((torc_abi_i64)(n), sizeof(*w), "w[0:n]", __torc_task, __torc_site), TORC_ABI_IN | TORC_ABI_SHARED};
// CHECK: __torc_buffers[2] = (torc_abi_buffer){(void *)s, 0, torc_abi_string_bytes(s), TORC_ABI_IN | TORC_ABI_SHARED};
