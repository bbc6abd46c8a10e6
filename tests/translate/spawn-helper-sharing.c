// Sites whose spawn helpers would read alike call one helper, with their
// own descriptor and site. Bounds are compared after macro expansion, so
// a macro redefined between two sites gives two helpers. A helper is shared
// only when every name in its bounds is a parameter of the task function.
// RUN: %torcc %s -o - | grep -v "^//\|^#line" | FileCheck %s
// RUN: %torcc %s -o - | grep -c "^static void __torc_spawn_" | FileCheck %s --check-prefix=COUNT

#define LEN n
int width = 3;

#pragma torc task in(x[0:n]) out(y[0:n])
void scale(int n, const double *x, double *y);
#pragma torc task in(x[0:n]) out(y[0:n])
void shift(int n, const double *x, double *y);
// Same types, other parameter names: its helper reads differently.
#pragma torc task in(u[0:m]) out(v[0:m])
void copy(int m, const double *u, double *v);

void first(double *x, double *y) {
#pragma torc task
  scale(4, x, y);
#pragma torc task
  shift(4, x, y);
#pragma torc task
  copy(4, x, y);
#pragma torc task in(x[0:LEN])
  scale(4, x, y);
#pragma torc task in(x[0:width])
  shift(4, x, y);
#pragma torc wait
}

#undef LEN
#define LEN (n - 1)

void second(double *x, double *y) {
#pragma torc task
  shift(2, x, y);
#pragma torc task in(x[0:LEN])
  scale(4, x, y);
#pragma torc wait
}

// CHECK-LABEL: void first(double *x, double *y) {
// CHECK:       __torc_spawn_1(&__torc_task_scale, &__torc_site_1, 4, x, y);
// CHECK:       __torc_spawn_1(&__torc_task_shift, &__torc_site_2, 4, x, y);
// CHECK:       __torc_spawn_3(&__torc_task_copy, &__torc_site_3, 4, x, y);
// CHECK:       __torc_spawn_1(&__torc_task_scale, &__torc_site_4, 4, x, y);
// CHECK:       __torc_spawn_5(&__torc_task_shift, &__torc_site_5, 4, x, y);
// CHECK:       static void __torc_spawn_7(
// CHECK:         __torc_buffers[0] = {{.*}}torc_abi_section_bytes((torc_abi_i64)((n - 1)), sizeof(*x), "x[0:(n - 1)]", __torc_task, __torc_site)
// CHECK-LABEL: void second(double *x, double *y) {
// CHECK:       __torc_spawn_1(&__torc_task_shift, &__torc_site_6, 2, x, y);
// CHECK:       __torc_spawn_7(&__torc_task_scale, &__torc_site_7, 4, x, y);

// COUNT: {{^}}4{{$}}
