// A return inside a macro expansion, where the function's children may
// still be running, cannot get its wait: an error at the return.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

#define CHECK(c) if (!(c)) return -1

int g(int x);

int f(int n) {
  int r;
#pragma torc task
  r = g(n);
// CHECK: error-implicit-wait-return-in-macro.c:[[@LINE+1]]:3: error: this return comes from a macro expansion, so torcc cannot make it wait for the tasks this function spawned; write '#pragma torc wait' before it
  CHECK(n > 0);
#pragma torc wait
  return r;
}

// The same macro before any spawn needs no wait, and is fine.
int h(int n) {
  int r;
  CHECK(n > 0);
#pragma torc task
  r = g(n);
#pragma torc wait
  return r;
}
// CHECK-NOT: error:
// CHECK: 1 error generated
