// The output starts with the ABI include, __TORCC__ and a line marker;
// inserted blocks end with a marker naming the next original line; replaced
// pragmas leave their lines, including a pragma continued over two lines.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

int twice(int x);

int caller(int x) {
  int r;
#pragma torc task \
    if(x > 1)
  r = twice(x);
#pragma torc wait
  return r;
}

// CHECK:      {{^}}#include <torc_abi.h>
// CHECK-NEXT: {{^}}#ifndef __TORCC__
// CHECK-NEXT: {{^}}#define __TORCC__ 1
// CHECK-NEXT: {{^}}#endif
// CHECK-NEXT: {{^}}#line 1 "{{.*}}line-markers.c"
// CHECK:      {{^}}#line 8 "{{.*}}line-markers.c"
// CHECK-NEXT: int caller(int x) {
// CHECK-NEXT:   int r;
// CHECK-EMPTY:
// CHECK-EMPTY:
// CHECK-NEXT:   __torc_spawn_1(&(r), ((x > 1) ? 1 : 0), x);
// CHECK-NEXT: torc_abi_wait();
// CHECK-NEXT:   return r;
