// The operand of _Pragma may carry a string prefix, which C deletes: the
// directive works as with a plain string.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

void work(int i);

void caller(void) {
  _Pragma(L"torc task") work(1);
  _Pragma(u8"torc task") work(2);
  _Pragma(U"torc wait")
}

// CHECK: void caller(void) {
// CHECK-NEXT: {{^}}   __torc_spawn_1(&__torc_task_work, &__torc_site_1, 1);
// CHECK-NEXT: {{^}}   __torc_spawn_1(&__torc_task_work, &__torc_site_2, 2);
// CHECK-NEXT: {{^}}  torc_abi_wait();
