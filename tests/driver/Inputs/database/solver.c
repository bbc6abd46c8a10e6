/* Parses only with the project's flags: SIZE from -D, and <config.h> from
 * an include directory named relative to the project. */
#include <config.h>

double scale(int n, double *v) {
  for (int i = 0; i < n; i++)
    v[i] *= FACTOR;
  return v[0];
}

double run(void) {
  double v[SIZE] = {1};
  double r;
#pragma torc task inout(v[0:n])
  r = scale(SIZE, v);
#pragma torc wait
  return r;
}
