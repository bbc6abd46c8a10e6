// A section bound counts elements; a pointer there would be read as a huge
// count, so it is refused.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void fill(const int *n, double *y);
void f(int *count, double *b) {
// CHECK: error-bound-pointer.c:[[@LINE+1]]:27: error: the length of section 'y' has pointer type 'const int *'; a section bound must be an integer
#pragma torc task out(y[0:n])
  fill(count, b);
}
