// A struct with a pointer member is an error that names the member.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

struct node { int value; struct { double *data; } payload; };
int visit(struct node n);
void f(struct node *n, int *r) {
#pragma torc task
// CHECK: error-struct-pointer-member.c:[[@LINE+1]]:14: error: parameter 'n' of 'visit' has type 'struct node', whose member 'payload.data' is a pointer; it cannot be copied between nodes
  *r = visit(*n);
}
