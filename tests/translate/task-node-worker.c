// node(expr) and worker(expr) are evaluated at the call and passed to the
// runtime in torc_abi_options.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

void work(int i);

void caller(int i) {
#pragma torc task node(i % 2)
  work(i);
#pragma torc task worker(3)
  work(i);
}

// CHECK: static void __torc_spawn_1(torc_abi_task *__torc_task, const torc_abi_site *__torc_site, int __torc_node, int i) {
// CHECK: torc_abi_options __torc_options = {0, __torc_node, -1, 0, 0, 0, 0};
// CHECK: torc_abi_spawn(__torc_task, __torc_site, &__torc_block, 0, 0, 0, &__torc_options);
// CHECK: static void __torc_spawn_2(torc_abi_task *__torc_task, const torc_abi_site *__torc_site, int __torc_worker, int i) {
// CHECK: torc_abi_options __torc_options = {0, -1, __torc_worker, 0, 0, 0, 0};
// CHECK:      __torc_spawn_1(&__torc_task_work, &__torc_site_1, {{$}}
// CHECK-NEXT: {{^}}#line 8 "{{.*}}task-node-worker.c"
// CHECK-NEXT: {{^}}(i % 2)
// CHECK-NEXT: {{^}}#line 9 "{{.*}}task-node-worker.c"
// CHECK-NEXT: {{^}}, i);
// CHECK:      __torc_spawn_2(&__torc_task_work, &__torc_site_2, {{$}}
// CHECK-NEXT: {{^}}#line 10 "{{.*}}task-node-worker.c"
// CHECK-NEXT: {{^}}(3)
// CHECK-NEXT: {{^}}#line 11 "{{.*}}task-node-worker.c"
// CHECK-NEXT: {{^}}, i);
