/* A section whose length is negative, or whose bytes overflow, stops the
 * run at its spawn: argv[1] picks which. `second` fails at a second site
 * of a second function, whose spawn helper is the first site's. */
#include <stdio.h>
#include <stdlib.h>

double table[8];

#pragma torc task out(y[0:n])
void fill(long n, double *y) {
  for (long i = 0; i < n; i++)
    y[i] = (double)i;
}

#pragma torc task out(y[0:n])
void refill(long n, double *y) {
  for (long i = 0; i < n; i++)
    y[i] = (double)-i;
}

int main(int argc, char **argv) {
  const char *mode = argc > 1 ? argv[1] : "";
  long n = 4;
  if (mode[0] == 'n')
    n = -1;
  else if (mode[0] == 'o')
    n = 1L << 61;
  double y[4];
  if (mode[0] == 'b') {
    n = -3;
#pragma torc broadcast(table[0:n])
  }
#pragma torc task
  fill(n, y);
#pragma torc wait
  if (mode[0] == 's') {
    n = -2;
#pragma torc task
    refill(n, y);
#pragma torc wait
  }
  printf("%g\n", y[3]);
  return 0;
}
