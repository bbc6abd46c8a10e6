// if(expr) is evaluated in the caller's scope; when false the spawn function
// makes the call inline and stores the result, as a plain call would.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

long fib(int n);

long caller(int n, int cutoff) {
  int a;
#pragma torc task if(n > cutoff)
  a = fib(n - 1);
  return a;
}

// CHECK: static void __torc_store_1(void *__torc_to, const void *__torc_from) {
// CHECK: static void __torc_spawn_1(torc_abi_task *__torc_task, const torc_abi_site *__torc_site, void *__torc_target, int __torc_if, int n) {
// CHECK:      if (!__torc_if) {
// CHECK-NEXT:   long __torc_value = fib(n);
// CHECK-NEXT:   __torc_store_1(__torc_target, &__torc_value);
// CHECK-NEXT:   return;
// CHECK-NEXT: }
// CHECK:      __torc_spawn_1(&__torc_task_fib, &__torc_site_1, &(a), {{$}}
// CHECK-NEXT: {{^}}#line 9 "{{.*}}task-if-clause.c"
// CHECK-NEXT: {{^}}((n > cutoff) ? 1 : 0)
// CHECK-NEXT: {{^}}#line 10 "{{.*}}task-if-clause.c"
// CHECK-NEXT: {{^}}, n - 1);
