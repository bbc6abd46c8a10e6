// A parameter with two items, an 'in' section and 'shared', compares as a
// whole: the same items in another order on another declaration agree.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

#pragma torc task in(m[0:n]) shared(m)
double sum(int n, const double *m);

#pragma torc task shared(m) in(m[0:n])
double sum(int n, const double *m);

void caller(const double *a, double *out) {
#pragma torc task
  *out = sum(8, a);
}

// CHECK: __torc_buffers[0] = (torc_abi_buffer){(void *)m, 0, torc_abi_section_bytes((torc_abi_i64)(n), sizeof(*m), "m[0:n]", __torc_task, __torc_site), TORC_ABI_IN | TORC_ABI_SHARED};
