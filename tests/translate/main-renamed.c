// main becomes the primary task: it is renamed and a new main hands it to
// torc_abi_main.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

int main(int argc, char **argv) {
  return argc > 1 ? 0 : 1;
}

// CHECK: int __torc_main(int argc, char **argv) {
// CHECK:      int main(int argc, char **argv) {
// CHECK-NEXT:   return torc_abi_main(argc, argv, __torc_main);
// CHECK-NEXT: }
