// torcc parses with __TORCC__ defined as 1, so code under '#ifdef __TORCC__'
// is translated, and its translation defines the macro too, so that it is
// still there when the output is compiled without torcc's flags.
// RUN: %torcc %s -o %t.out.c
// RUN: FileCheck %s < %t.out.c

int work(int n);

#if __TORCC__ != 1
#error "__TORCC__ is not 1 in the code torcc parses"
#endif

void f(int *r) {
#ifdef __TORCC__
#pragma torc task
  *r = work(1);
#pragma torc wait
#else
  *r = work(2);
#endif
}

// CHECK:      #include <torc_abi.h>
// CHECK-NEXT: #ifndef __TORCC__
// CHECK-NEXT: #define __TORCC__ 1
// CHECK-NEXT: #endif
// CHECK:      __torc_spawn_1(&(*r), 1);
// CHECK-NEXT: torc_abi_wait();
