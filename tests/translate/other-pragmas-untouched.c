// Pragmas of other namespaces pass through untouched.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

#pragma GCC diagnostic ignored "-Wunused"
void f(void) {
#pragma GCC unroll 4
  for (int i = 0; i < 4; ++i)
    ;
}

// CHECK: #pragma GCC diagnostic ignored "-Wunused"
// CHECK: #pragma GCC unroll 4
