// A pointer to an incomplete type has no size to move.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

struct opaque;
void use(const struct opaque *p);
void f(const struct opaque *q) {
#pragma torc task
// CHECK: error-incomplete-pointee.c:[[@LINE+1]]:7: error: parameter 'p' of 'use' points to incomplete type 'const struct opaque', whose size is unknown
  use(q);
}
