// Directives of later spec sections are reported as not supported yet.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void f(int *y) {
// CHECK: error-parallel-unsupported.c:[[@LINE+1]]:14: error: directive 'parallel' is not supported yet
#pragma torc parallel for
  for (int i = 0; i < 4; i++)
    y[i] = i;
}
