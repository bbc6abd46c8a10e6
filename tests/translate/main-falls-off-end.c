// A main that falls off its end returns 0 in C; renamed, it would return
// garbage, so its body ends with `return 0;`. No wait: nothing is spawned.
// RUN: %torcc %s -o - | grep -v "^//\|^#line" | FileCheck %s

#include <stdio.h>

int main(void) {
  printf("hello\n");
}

// CHECK:      int __torc_main(void) {
// CHECK-NEXT:   printf("hello\n");
// CHECK-NEXT: return 0;}
