// A data clause that names a C99 array parameter without a section keeps
// the declared length: out(c) on 'double c[bs][bs]' moves bs rows, and
// inout(v) on 'double v[n]' moves n elements.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

#pragma torc task out(c)
void square(int bs, const double a[bs][bs], double c[bs][bs]);
#pragma torc task inout(v)
void shift(int n, double v[n]);

void caller(double (*a)[4], double (*c)[4], double *v) {
#pragma torc task
  square(4, a, c);
#pragma torc task
  shift(7, v);
}

// CHECK: (torc_abi_buffer){(void *)c, 0, torc_abi_section_bytes((torc_abi_i64)(bs), sizeof(*c), "c[0:bs]", __torc_task, __torc_site), TORC_ABI_OUT};
// CHECK: (torc_abi_buffer){(void *)v, 0, torc_abi_section_bytes((torc_abi_i64)(n), sizeof(*v), "v[0:n]", __torc_task, __torc_site), TORC_ABI_INOUT};
