// fib's implicit wait costs nothing: no wait before `return n;`, which no
// spawn precedes, and none added after the explicit one or at the end,
// which no path reaches.
// RUN: %torcc %s -o - | grep -v "^//\|^#line" | FileCheck %s

long fib(int n) {
  if (n < 2)
    return n;
  long a, b;
#pragma torc task
  a = fib(n - 1);
#pragma torc task
  b = fib(n - 2);
#pragma torc wait
  return a + b;
}

// CHECK:      long fib(int n) {
// CHECK-NEXT:   if (n < 2)
// CHECK-NEXT:     return n;
// CHECK-NEXT:   long a, b;
// CHECK:        __torc_spawn_1(&__torc_task_fib, &__torc_site_2, &(b), n - 2);
// CHECK-NEXT: torc_abi_wait();
// CHECK-NEXT:   return a + b;
// CHECK-NEXT: }
// CHECK-NOT:  torc_abi_wait
