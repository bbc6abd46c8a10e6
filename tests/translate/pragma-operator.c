// _Pragma("torc ...") works like #pragma, also from a macro that expands to
// the directive alone.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s
#define TORC_WAIT _Pragma("torc wait")

void work(int i);

void caller(void) {
  _Pragma("torc task") work(1);
  TORC_WAIT
}

// CHECK: void caller(void) {
// CHECK-NEXT: {{^}}   __torc_spawn_1(&__torc_task_work, &__torc_site_1, 1);
// CHECK-NEXT: {{^}}  torc_abi_wait();
