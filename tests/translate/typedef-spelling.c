// Generated code spells types as the declaration does, typedefs included.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s
#include <stddef.h>

typedef struct { double re, im; } cplx;
typedef unsigned long word;

cplx mul(cplx a, word n, const cplx *b);

void caller(cplx *r, cplx *x) {
#pragma torc task
  *r = mul(*x, 3, x);
}

// CHECK:      struct __torc_args_1 {
// CHECK-NEXT:   cplx p0;
// CHECK-NEXT:   word p1;
// CHECK-NEXT: };
// CHECK: *(cplx *)__torc_result = ((__typeof__(mul) *)__torc_task->function)(__torc_block->p0, __torc_block->p1, __torc_pointers[0]);
// CHECK: static void __torc_spawn_1(torc_abi_task *__torc_task, const torc_abi_site *__torc_site, void *__torc_target, cplx a, word n, const cplx *b) {
