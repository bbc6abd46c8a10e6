// callback(g(args)) evaluates args at the spawn, in the caller's scope, and
// hands the runtime a function that calls g with them.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

int square(int x);
void accumulate(long *sum, int weight);

void caller(long *sum, int *r) {
  int w = 3;
#pragma torc task callback(accumulate(sum, w + 1))
  *r = square(w);
}

// CHECK:      struct __torc_cbargs_1 {
// CHECK-NEXT:   long *a0;
// CHECK-NEXT:   int a1;
// CHECK-NEXT: };
// CHECK-NEXT: static void __torc_callback_1(void *__torc_data) {
// CHECK-NEXT:   struct __torc_cbargs_1 *__torc_cb = __torc_data;
// CHECK-NEXT:   accumulate(__torc_cb->a0, __torc_cb->a1);
// CHECK-NEXT: }
// CHECK-NEXT: static const torc_abi_site __torc_site_1 = {"{{.*}}task-callback.c", 10};
// CHECK-NEXT: static void __torc_spawn_1(torc_abi_task *__torc_task, const torc_abi_site *__torc_site, void *__torc_target, long *__torc_cb0, int __torc_cb1, int x) {
// CHECK:      struct __torc_cbargs_1 __torc_cbdata = {__torc_cb0, __torc_cb1};
// CHECK-NEXT: torc_abi_options __torc_options = {0, -1, -1, __torc_callback_1, &__torc_cbdata, sizeof(__torc_cbdata), 0};
// CHECK:      __torc_spawn_1(&__torc_task_square, &__torc_site_1, &(*r), {{$}}
// CHECK-NEXT: {{^}}#line 10 "{{.*}}task-callback.c"
// CHECK-NEXT: {{^}}(sum), (w + 1)
// CHECK-NEXT: {{^}}#line 11 "{{.*}}task-callback.c"
// CHECK-NEXT: {{^}}, w);
