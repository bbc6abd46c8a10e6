// Zero-length sections are legal in every direction, for NULL and
// non-NULL pointers alike; the memory around them is untouched.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

#pragma torc task in(x[lo:len]) out(y[lo:len]) inout(z[0:len])
int count(int lo, int len, const double *x, double *y, int *z) {
  for (int i = lo; i < lo + len; i++)
    y[i] = x[i];
  for (int i = 0; i < len; i++)
    z[i]++;
  return len;
}

int main(void) {
  double x[4] = {1, 2, 3, 4}, y[4] = {-1, -1, -1, -1};
  int z[2] = {7, 8};
  int a = -1, b = -1;
#pragma torc task
  a = count(2, 0, x, y, z);
#pragma torc task
  b = count(0, 0, NULL, NULL, NULL);
#pragma torc wait
  printf("a = %d, b = %d\n", a, b);
  for (int i = 0; i < 4; i++)
    printf("y[%d] = %g\n", i, y[i]);
  printf("z = %d %d\n", z[0], z[1]);
  return 0;
}
