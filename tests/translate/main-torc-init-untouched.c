// A main that starts the runtime itself keeps its name and shape.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s
#include <torc.h>

int main(int argc, char **argv) {
  torc_init(&argc, &argv);
  torc_launch(0);
  torc_shutdown();
  return 0;
}

// CHECK: int main(int argc, char **argv) {
// CHECK-NOT: torc_abi_main
// CHECK-NOT: __torc_main
