// A static task function is registered as "file:f", so that static
// functions of the same name in different units stay distinct.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

static int helper(int x) { return x + 1; }

void caller(int *r) {
#pragma torc task
  *r = helper(1);
}

// CHECK: __torc_task_helper = {TORC_ABI_VERSION, "{{.*}}static-task-name.c:helper", __torc_run_1, (void (*)(void))helper,
