// main(void) is adapted to the two-parameter form torc_abi_main calls.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

int main(void) { return 0; }

// CHECK: int __torc_main(void) { return 0; }
// CHECK:      static int __torc_main_adapter(int argc, char **argv) {
// CHECK:        return __torc_main();
// CHECK:      int main(int argc, char **argv) {
// CHECK-NEXT:   return torc_abi_main(argc, argv, __torc_main_adapter);
