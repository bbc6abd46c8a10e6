// Clause text that torcc moves into generated code is marked with the line
// (and file) where the clause was written, and the code after it returns
// to the directive's line (in a helper) or to its own line (in the user's
// code), so that a C compiler error in it points at the clause.
// RUN: %torcc %s -o - -- -I%S/Inputs | FileCheck %s
#include "declared-sections.h"

void work(int i, const int *v);

void caller(double *a, double *b, int *v, int n) {
#pragma torc task \
    in(v[0:i])
  work(1, v);
#pragma torc task
  scale(n, a, b);
#pragma torc parallel for \
    chunksize(n / 4)
  for (int i = 0; i < n; i++)
    work(i, v);
}

// The first site's helpers count from its directive's line, and the line
// that holds the bound of v is marked with the clause's line.
// CHECK:      {{^}}#line 11 "{{.*}}clause-line-markers.c"
// CHECK-NEXT: struct __torc_args_1 {
// CHECK:      static void __torc_spawn_1(torc_abi_task *__torc_task, const torc_abi_site *__torc_site, int i, const int *v) {
// CHECK:      {{^}}#line 12 "{{.*}}clause-line-markers.c"
// CHECK-NEXT: {{^}}  __torc_buffers[0] = (torc_abi_buffer){(void *)v, 0, torc_abi_section_bytes((torc_abi_i64)(i), sizeof(*v), "v[0:i]", __torc_task, __torc_site), TORC_ABI_IN};
// CHECK-NEXT: {{^}}#line 11 "{{.*}}clause-line-markers.c"
// CHECK-NEXT: {{^}}  torc_abi_spawn(

// Sections declared in a header are marked with the header's line.
// CHECK:      {{^}}#line 14 "{{.*}}clause-line-markers.c"
// CHECK:      static void __torc_spawn_2(torc_abi_task *__torc_task, const torc_abi_site *__torc_site, int n, const double *x, double *y) {
// CHECK:      {{^}}#line 2 "{{.*}}declared-sections.h"
// CHECK-NEXT: {{^}}  __torc_buffers[0] = (torc_abi_buffer){(void *)x, 0, torc_abi_section_bytes((torc_abi_i64)(n), sizeof(*x), "x[0:n]", __torc_task, __torc_site), TORC_ABI_IN};
// CHECK-NEXT: {{^}}#line 2 "{{.*}}declared-sections.h"
// CHECK-NEXT: {{^}}  __torc_buffers[1] = (torc_abi_buffer){(void *)y, 0, torc_abi_section_bytes((torc_abi_i64)(n), sizeof(*y), "y[0:n]", __torc_task, __torc_site), TORC_ABI_OUT};
// CHECK-NEXT: {{^}}#line 14 "{{.*}}clause-line-markers.c"
// CHECK-NEXT: {{^}}  torc_abi_spawn(

// A chunksize on the directive's second line is marked with that line; the
// rest of the directive's replacement returns to the directive's first.
// CHECK:      {{^}}#line 10 "{{.*}}clause-line-markers.c"
// CHECK-NEXT: void caller(
// CHECK:      {torc_abi_group __torc_group_3; torc_abi_group_begin(&__torc_group_3, (long)({{$}}
// CHECK-NEXT: {{^}}#line 17 "{{.*}}clause-line-markers.c"
// CHECK-NEXT: {{^}}n / 4
// CHECK-NEXT: {{^}}#line 16 "{{.*}}clause-line-markers.c"
// CHECK-NEXT: {{^}}), &__torc_site_3);
// CHECK-EMPTY:
// CHECK-NEXT: {{^}}  for (int i = 0; i < n; i++)
