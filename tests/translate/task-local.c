// A local task may take any pointer without a clause: it runs on the
// spawning node and receives the caller's memory, so nothing is copied.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

void update(int **table, double *acc, void (*hook)(void));

void caller(int **t, double *a, void (*h)(void)) {
#pragma torc task local
  update(t, a, h);
}

// CHECK: __torc_buffers[0] = (torc_abi_buffer){(void *)table, 0, 0, TORC_ABI_IN};
// CHECK: __torc_buffers[1] = (torc_abi_buffer){(void *)acc, 0, 0, TORC_ABI_IN};
// CHECK: __torc_buffers[2] = (torc_abi_buffer){(void *)hook, 0, 0, TORC_ABI_IN};
// CHECK: torc_abi_options __torc_options = {TORC_ABI_FLAG_LOCAL, -1, -1, 0, 0, 0, 0};
