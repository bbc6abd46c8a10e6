// A section on a pointer to a struct that ends in a flexible array member
// counts bytes, as on 'void *': the header and the array move together.
// RUN: %run-matrix --work %t %s
#include <stdio.h>
#include <stdlib.h>

struct vec {
  int n;
  double data[];
};

#pragma torc task in(v[0:sizeof *v + v->n * sizeof v->data[0]])
double sum(const struct vec *v) {
  double s = 0;
  for (int i = 0; i < v->n; i++)
    s += v->data[i];
  return s;
}

#pragma torc task out(v[0:bytes])
void fill(struct vec *v, size_t bytes, int n) {
  v->n = n;
  for (int i = 0; i < n; i++)
    v->data[i] = 0.5 * i;
}

int main(void) {
  enum { N = 1000 };
  size_t bytes = sizeof(struct vec) + N * sizeof(double);
  struct vec *a = malloc(bytes), *b = malloc(bytes);
  a->n = N;
  for (int i = 0; i < N; i++)
    a->data[i] = i;
  b->n = 0;
  double s;
#pragma torc task
  s = sum(a);
#pragma torc task
  fill(b, bytes, N);
#pragma torc wait
  printf("sum %g\n", s);
  printf("b: n %d, last %g\n", b->n, b->data[N - 1]);
  free(a);
  free(b);
  return 0;
}
