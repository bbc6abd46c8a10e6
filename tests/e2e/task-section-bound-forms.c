// Section bounds may use, besides the task's parameters, what is declared
// at file scope before the spawn: a global integer, an enum constant, a
// macro, sizeof, a function returning an integer, a member of a by-value
// struct parameter and what a const pointer parameter points to. Each
// task writes exactly its section, so a bound evaluated wrongly leaves
// elements at -1 or loses writes.
// RUN: %run-matrix --work %t %s
#include <stdio.h>

#define WIDTH 3
enum { QUARTER = 4 };
int block = 5;
struct span {
  int first, count;
};

static int doubled(int n) { return 2 * n; }

#pragma torc task out(y[0:block])
void global_len(double *y) {
  for (int i = 0; i < block; i++)
    y[i] = 10 + i;
}

#pragma torc task out(y[QUARTER:WIDTH])
void enum_and_macro(double *y) {
  for (int i = QUARTER; i < QUARTER + WIDTH; i++)
    y[i] = 20 + i;
}

void bytes(void *y, int n) {
  unsigned char *b = y;
  for (int i = 0; i < n * (int)sizeof(double); i++)
    b[i] = (unsigned char)(i % 7);
}

void member(struct span s, double *y) {
  for (int i = s.first; i < s.first + s.count; i++)
    y[i] = 30 + i;
}

void pointed(const int *n, double *y) {
  for (int i = 0; i < *n; i++)
    y[i] = 40 + i;
}

void called(int n, double *y) {
  for (int i = 0; i < doubled(n); i++)
    y[i] = 50 + i;
}

static void show(const char *name, const double *y, int n) {
  printf("%s:", name);
  for (int i = 0; i < n; i++)
    printf(" %g", y[i]);
  printf("\n");
}

int main(void) {
  enum { N = 12 };
  double y[6][N];
  for (int t = 0; t < 6; t++)
    for (int i = 0; i < N; i++)
      y[t][i] = -1;
  struct span s = {2, 7};
  int four = 4;

#pragma torc task
  global_len(y[0]);
#pragma torc task
  enum_and_macro(y[1]);
#pragma torc task out(y[0:n * sizeof(double)])
  bytes(y[2], 2);
#pragma torc task out(y[s.first:s.count])
  member(s, y[3]);
#pragma torc task out(y[0:*n])
  pointed(&four, y[4]);
#pragma torc task out(y[:doubled(n)])
  called(3, y[5]);
#pragma torc wait

  show("global", y[0], N);
  show("enum and macro", y[1], N);
  const unsigned char *b = (const unsigned char *)y[2];
  printf("sizeof:");
  for (int i = 0; i < 3 * (int)sizeof(double); i++)
    printf(" %d", b[i]);
  printf("\n");
  show("struct member", y[3], N);
  show("pointed", y[4], N);
  show("call", y[5], N);
  return 0;
}
