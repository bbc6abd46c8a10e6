// A checkpointed task is keyed by its data, so each pointer parameter needs
// a known extent: a `local` task's pointer without a section is refused.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

double norm(int n, const double *v, void *scratch);

void f(int n, double *v, char *tmp) {
  double r;
// CHECK: error-checkpoint-without-extent.c:[[@LINE+2]]:15: error: parameter 'v' of 'norm' has no section, so a 'checkpoint' key cannot cover the data it points to; give it one, e.g. in(v[0:n])
#pragma torc task local checkpoint in(scratch[0:n])
  r = norm(n, v, tmp);
// With sections for both, the same task is accepted.
// CHECK-NOT: error:
// CHECK: 1 error generated.
#pragma torc task local checkpoint in(v[0:n], scratch[0:n])
  r = norm(n, v, tmp);
#pragma torc wait
  (void)r;
}
