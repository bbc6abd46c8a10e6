// A _Pragma followed by its string stays Clang's to handle inside a
// directive too, and the usual macros that build a _Pragma keep working in
// code; only an operator left without its string inside a directive is
// refused (diagnostics/error-pragma-operator-*.c).
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s
#define DO_PRAGMA(x) _Pragma(#x)
#define PRAGMA(text) _Pragma(text)
#define READY _Pragma("GCC diagnostic push") 1

#if READY
int ready;
#endif

void work(int i);

void caller(void) {
  DO_PRAGMA(GCC diagnostic push)
  PRAGMA("GCC diagnostic pop")
  _Pragma("torc task") work(1);
}

// CHECK: int ready;
// CHECK: void caller(void) {
// CHECK-NEXT: DO_PRAGMA(GCC diagnostic push)
// CHECK-NEXT: PRAGMA("GCC diagnostic pop")
// CHECK-NEXT: {{^}}   __torc_spawn_1(&__torc_task_work, &__torc_site_1, 1);
