// A task may have any number of parameters; this one has 24 of mixed
// types, with pointer sections among them.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

#pragma torc task in(a[0:4]) out(out[0:2])
void mix(char c1, short s1, int i1, long l1, float f1, double d1,
         unsigned char c2, unsigned short s2, unsigned i2, unsigned long l2,
         const double *a, long long ll1, signed char c3, _Bool flag,
         double d2, int i3, int i4, int i5, float f2, double d3, long l3,
         unsigned long long ull, short s3, double *out) {
  double sum = c1 + s1 + i1 + l1 + f1 + d1 + c2 + s2 + i2 + l2 + ll1 + c3 +
               flag + d2 + i3 + i4 + i5 + f2 + d3 + l3 + (double)ull + s3;
  out[0] = sum;
  out[1] = a[0] * a[1] + a[2] * a[3];
}

int main(void) {
  double results[6][2];
  double a[4] = {1.5, 2, 3, 4.25};
  for (int k = 0; k < 6; k++) {
#pragma torc task
    mix('a', -2, 3 * k, 40000L, 0.5f, 1.25, 200, 60000, 7u, 123456789UL, a,
        -5000000000LL, -7, k % 2, 2.5, 1, 2, 3, 0.25f, 1e3, -77L,
        99999999999ULL, 12, results[k]);
  }
#pragma torc wait
  for (int k = 0; k < 6; k++)
    printf("%d: %.2f %.4f\n", k, results[k][0], results[k][1]);
  return 0;
}
