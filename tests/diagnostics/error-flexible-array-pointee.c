// A struct that ends in a flexible array member has no size of its own:
// moving one element would move the header alone, and the remote task
// would read past it. Without a section saying how many bytes move, a
// 'const T *' to it is refused.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

struct vec {
  int n;
  double data[];
};

double sum(const struct vec *v);
void f(const struct vec *v, double *r) {
#pragma torc task
// CHECK: error-flexible-array-pointee.c:[[@LINE+2]]:12: error: parameter 'v' of 'sum' points to 'const struct vec', which ends in a flexible array member; give its whole size in bytes, e.g. in(v[0:nbytes])
// CHECK: note: 'v' declared here
  *r = sum(v);
}
