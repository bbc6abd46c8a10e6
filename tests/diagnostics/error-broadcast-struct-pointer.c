// A struct global with a pointer member cannot be broadcast; the member is
// named.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

struct config {
  int n;
  struct {
    const char *label;
  } inner;
} cfg;
void f(void) {
// CHECK: error-broadcast-struct-pointer.c:[[@LINE+1]]:24: error: global 'cfg' has type 'struct config', whose member 'inner.label' is a pointer; it cannot be broadcast
#pragma torc broadcast(cfg)
}
