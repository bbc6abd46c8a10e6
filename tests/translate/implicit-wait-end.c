// The end of a body that children may still be running at gets the wait
// before its closing brace; a body whose end no spawn reaches unwaited,
// or that ends in a return, gets none. main also returns 0 there, as C's
// main does when it falls off its end.
// RUN: %torcc %s -o - | grep -v "^//\|^#line" | FileCheck %s

int g(int x);

void spawn_all(int *r, int n) {
  for (int i = 0; i < n; i++) {
#pragma torc task
    r[i] = g(i);
  }
}
// CHECK-LABEL: void spawn_all(int *r, int n) {
// CHECK:       __torc_spawn_1(&__torc_task_g, &__torc_site_1, &(r[i]), i);
// CHECK-NEXT:    }
// CHECK-NEXT:  torc_abi_wait();}

void waited(int *r) {
#pragma torc task
  r[0] = g(0);
#pragma torc wait
}
// CHECK-LABEL: void waited(int *r) {
// CHECK:       __torc_spawn_1(&__torc_task_g, &__torc_site_2, &(r[0]), 0);
// CHECK-NEXT:  torc_abi_wait();
// CHECK-NEXT:  }

void in_loop(int *r, int n) {
  while (n--) {
#pragma torc task
    r[n] = g(n);
    if (n == 5)
      return;
  }
}
// The loop's second iteration may return with the first one's child
// still running.
// CHECK-LABEL: void in_loop(int *r, int n) {
// CHECK:       __torc_spawn_1(&__torc_task_g, &__torc_site_3, &(r[n]), n);
// CHECK-NEXT:    if (n == 5)
// CHECK-NEXT:      { torc_abi_wait(); return; }
// CHECK-NEXT:    }
// CHECK-NEXT:  torc_abi_wait();}

int main(void) {
  int r[4];
#pragma torc task
  r[1] = g(1);
}
// CHECK-LABEL: int __torc_main(void) {
// CHECK:       __torc_spawn_1(&__torc_task_g, &__torc_site_4, &(r[1]), 1);
// CHECK-NEXT:  torc_abi_wait(); return 0;}
