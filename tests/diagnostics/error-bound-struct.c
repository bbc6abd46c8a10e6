// A struct is not a section bound; one of its integer members is.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

struct shape {
  int rows, cols;
};
void sum(struct shape s, const double *x);
void f(struct shape s, double *a) {
// CHECK: error-bound-struct.c:[[@LINE+1]]:26: error: the length of section 'x' has type 'struct shape'; a section bound must be an integer
#pragma torc task in(x[0:s])
  sum(s, a);
// CHECK-NOT: error:
#pragma torc task in(x[0:s.rows * s.cols])
  sum(s, a);
}
