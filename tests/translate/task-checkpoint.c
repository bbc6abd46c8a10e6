// checkpoint sets the runtime's checkpoint flag for the spawn.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

double step(double x);

void caller(double *y) {
#pragma torc task checkpoint
  *y = step(1.0);
}

// CHECK: torc_abi_options __torc_options = {TORC_ABI_FLAG_CHECKPOINT, -1, -1, 0, 0, 0, 0};
