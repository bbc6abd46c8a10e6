/* Sections whose pointers are bad, read or written by the runtime on the
 * spawning node: argv[1] picks which. */
#include <stdio.h>
#include <stdint.h>

#pragma torc task out(y[0:n])
void fill(int n, double *y) {
  for (int i = 0; i < n; i++)
    y[i] = i;
}

#pragma torc task in(x[0:n])
double sum(int n, const double *x) {
  double s = 0;
  for (int i = 0; i < n; i++)
    s += x[i];
  return s;
}

#pragma torc task out(y[i:1])
void member(int i, double *y) { y[i] = i; }

int main(int argc, char **argv) {
  /* An address no process maps, hidden from the optimizer. */
  volatile uintptr_t bad_address = 64;
  double *bad = (double *)bad_address;
  double s = 0;
  char mode = argc > 1 ? argv[1][0] : 'o';
  if (mode == 'o') {
#pragma torc task node(1)
    fill(4, bad);
  } else if (mode == 'i') {
#pragma torc task node(1)
    s = sum(1 << 20, bad);
  } else {
#pragma torc parallel for
    for (int i = 0; i < 64; i++)
      member(i, bad);
  }
#pragma torc wait
  printf("not reached: %g\n", s);
  return 0;
}
