// A data clause that names a pointer to a struct ending in a flexible
// array member needs a byte section: the name alone would move the header
// only.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

struct vec {
  int n;
  double data[];
};

#pragma torc task out(v)
void fill(struct vec *v, int n);
void f(struct vec *v) {
#pragma torc task
// CHECK: error-flexible-array-item.c:[[@LINE+2]]:8: error: parameter 'v' of 'fill' points to 'struct vec', which ends in a flexible array member; give its whole size in bytes, e.g. out(v[0:nbytes])
// CHECK: note: 'v' declared here
  fill(v, 4);
}
