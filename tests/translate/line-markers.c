// The output starts with the ABI include, __TORCC__ and a line marker;
// inserted blocks start with a marker naming the directive's line and end
// with one naming the next original line; replaced pragmas leave their lines,
// even one continued over two; a clause's text moved into the call is marked
// with the clause's line, and the rest of the call returns to its own.
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
// CHECK:      {{^}}#line 12 "{{.*}}line-markers.c"
// CHECK-NEXT: struct __torc_args_1 {
// CHECK:      {{^}}#line 10 "{{.*}}line-markers.c"
// CHECK-NEXT: int caller(int x) {
// CHECK-NEXT:   int r;
// CHECK-EMPTY:
// CHECK-EMPTY:
// CHECK-NEXT:   __torc_spawn_1(&__torc_task_twice, &__torc_site_1, &(r), {{$}}
// CHECK-NEXT: {{^}}#line 13 "{{.*}}line-markers.c"
// CHECK-NEXT: {{^}}((x > 1) ? 1 : 0)
// CHECK-NEXT: {{^}}#line 14 "{{.*}}line-markers.c"
// CHECK-NEXT: {{^}}, x);
// CHECK-NEXT: torc_abi_wait();
// CHECK-NEXT:   return r;
