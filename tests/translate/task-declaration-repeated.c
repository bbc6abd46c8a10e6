// The same annotation repeated on another declaration of a function, as in
// a header and on the definition, is accepted, whatever the spacing of its
// bounds and the names of its parameters; the last one names them.
// RUN: %torcc %s -o - | FileCheck %s

#pragma torc task in(x[0:n+1]) out(y)
void scale(int n, const double *x, double *y);

#pragma torc task in(src[0 : n + 1]) out(dst)
void scale(int n, const double *src, double *dst) { *dst = src[n]; }

void caller(double *a, double *b) {
#pragma torc task
  scale(3, a, b);
}

// CHECK: static void __torc_spawn_1(int n, const double *src, double *dst) {
// CHECK: (torc_abi_buffer){(void *)src, 0, torc_abi_section_bytes((torc_abi_i64)(n + 1), sizeof(*src), "src[0:n + 1]", &__torc_task_scale, &__torc_site), TORC_ABI_IN};
// CHECK: (torc_abi_buffer){(void *)dst, 0, sizeof(*dst), TORC_ABI_OUT};
