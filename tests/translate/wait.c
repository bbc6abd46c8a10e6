// wait becomes a call to torc_abi_wait in place of the pragma.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

void caller(void) {
  int x = 1;
  #pragma torc wait
  (void)x;
}

// CHECK:      int x = 1;
// CHECK-NEXT: torc_abi_wait();
// CHECK-NEXT: (void)x;
