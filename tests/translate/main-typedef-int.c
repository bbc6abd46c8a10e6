// A main declared with a typedef of int still returns int and becomes the
// primary task.
// RUN: %torcc %s -o - | FileCheck %s

typedef int status;

// CHECK: status __torc_main(void) {
status main(void) { return 3; }
// CHECK: return torc_abi_main(argc, argv, __torc_main_adapter);
