// A function that spawns waits for its children before each return at
// which they may still run, before the return expression is evaluated; a
// return that is the whole body of an if, else or loop gets braces.
// RUN: %torcc %s -o - | grep -v "^//\|^#line" | FileCheck %s

int g(int x);

int pick(int n) {
  int r = 0;
  if (n < 0)
    return -1;
#pragma torc task
  r = g(n);
  if (n > 3)
    return r;
  else if (n > 2)
    return 1;
  else
    for (int i = 0; i < n; i++)
      if (i == 7) return 9;
  switch (n) {
  case 1:
    return 4;
  default:
    break;
  }
  while (n--)
    do return r; while (0);
  return r + 1;
}

// CHECK:      int pick(int n) {
// CHECK-NEXT:   int r = 0;
// CHECK-NEXT:   if (n < 0)
// CHECK-NEXT:     return -1;
// CHECK:        __torc_spawn_1(&__torc_task_g, &__torc_site_1, &(r), n);
// CHECK-NEXT:   if (n > 3)
// CHECK-NEXT:     { torc_abi_wait(); return r; }
// CHECK-NEXT:   else if (n > 2)
// CHECK-NEXT:     { torc_abi_wait(); return 1; }
// CHECK-NEXT:   else
// CHECK-NEXT:     for (int i = 0; i < n; i++)
// CHECK-NEXT:       if (i == 7) { torc_abi_wait(); return 9; }
// CHECK-NEXT:   switch (n) {
// CHECK-NEXT:   case 1:
// CHECK-NEXT:     torc_abi_wait(); return 4;
// CHECK-NEXT:   default:
// CHECK-NEXT:     break;
// CHECK-NEXT:   }
// CHECK-NEXT:   while (n--)
// CHECK-NEXT:     do { torc_abi_wait(); return r; } while (0);
// CHECK-NEXT:   torc_abi_wait(); return r + 1;
// CHECK-NEXT: }
