// A `const T *` parameter without a clause moves one element in.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

struct point { double x, y; };
double norm(const struct point *p);

void caller(struct point *q, double *r) {
#pragma torc task
  *r = norm(q);
}

// CHECK: __torc_task_norm = {TORC_ABI_VERSION, "norm", __torc_run_1, (void (*)(void))norm, 0, sizeof(double), 1, -1};
// CHECK: __torc_buffers[0] = (torc_abi_buffer){(void *)p, 0, sizeof(*p), TORC_ABI_IN};
// CHECK: torc_abi_spawn(__torc_task, __torc_site, 0, __torc_buffers, __torc_target, 0, 0);
