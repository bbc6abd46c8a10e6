// A non-const pointer parameter without a name cannot be named in a clause:
// the error says to name it in the declaration instead.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void fill(int n, double *);
void f(double *v) {
#pragma torc task
// CHECK: error-unnamed-pointer.c:[[@LINE+2]]:11: error: parameter 2 of 'fill' is a pointer without a name; name it in the function's declaration so that a clause can say how its data moves
// CHECK: note: the parameter is declared here
  fill(4, v);
}
