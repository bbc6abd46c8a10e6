// A function that spawns itself gets a prototype before the generated code
// that calls it, since the generated code precedes its definition.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

static long fib(int n) {
  long a, b;
  if (n < 2)
    return n;
#pragma torc task
  a = fib(n - 1);
#pragma torc task
  b = fib(n - 2);
#pragma torc wait
  return a + b;
}

// CHECK:      static long fib(int);
// CHECK-NEXT: struct __torc_args_1 {
// CHECK:      #line 5 "{{.*}}recursive-prototype.c"
// CHECK-NEXT: static long fib(int n) {
