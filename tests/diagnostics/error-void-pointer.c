// A void pointer needs a byte section.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void fill(void *buf, int nbytes);
void f(char *b) {
#pragma torc task in(buf)
// CHECK: error-void-pointer.c:[[@LINE+1]]:8: error: parameter 'buf' of 'fill' is a void pointer; give its size in bytes, e.g. in(buf[0:nbytes])
  fill(b, 8);
}
