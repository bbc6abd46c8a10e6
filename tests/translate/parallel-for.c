// parallel for opens a block with the loop's group, passes the group to the
// spawn function in torc_abi_options, and places the last chunk and waits
// after the loop, on the loop's own last line.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

int work(int i);

void caller(int *y, int n) {
#pragma torc parallel for chunksize(n / 2) node(1)
  for (int i = 0; i < n; i++)
    y[i] = work(i);
}

// CHECK: static const torc_abi_site __torc_site_1 = {"{{.*}}parallel-for.c", 9};
// CHECK: static void __torc_spawn_1(torc_abi_task *__torc_task, const torc_abi_site *__torc_site, void *__torc_target, torc_abi_group *__torc_group, int __torc_node, int i) {
// CHECK: torc_abi_options __torc_options = {0, __torc_node, -1, 0, 0, 0, __torc_group};
// CHECK: {torc_abi_group __torc_group_1; torc_abi_group_begin(&__torc_group_1, (long)(n / 2), &__torc_site_1);
// CHECK-NEXT: for (int i = 0; i < n; i++)
// CHECK-NEXT: __torc_spawn_1(&__torc_task_work, &__torc_site_1, &(y[i]), &__torc_group_1, {{$}}
// CHECK-NEXT: {{^}}#line 9 "{{.*}}parallel-for.c"
// CHECK-NEXT: {{^}}(1)
// CHECK-NEXT: {{^}}#line 11 "{{.*}}parallel-for.c"
// CHECK-NEXT: {{^}}, i); torc_abi_group_end(&__torc_group_1); torc_abi_wait();}
