/* Pointer parameters move as declared: in data reaches the task, out and
 * inout data come back, sections with offsets index like the original, and
 * large sections (sent as bulk messages), empty sections, NULL pointers and
 * strings all work, wherever the task runs. */
#include <stdint.h>
#include <string.h>
#include <torc_abi.h>

#include "check.h"

/* double combine(int n, double f, const double *x, double *y, double *z,
 *                const char *tag): y[lo..] = f * x[lo..]; z[lo..] += 1;
 * returns the sum of x's section plus strlen(tag). */
struct combine_args {
  int n;
  int lo;
  double f;
};

static double combine(int n, int lo, double f, const double *x, double *y,
                      double *z, const char *tag) {
  double s = 0;
  for (int i = lo; i < lo + n; i++) {
    s += x[i];
    y[i] = f * x[i];
    z[i] += 1;
  }
  return s + (tag ? (double)strlen(tag) : -1.0);
}

static void combine_trampoline(const torc_abi_task *task, void *args,
                               void *const *p, void *result) {
  (void)task;
  struct combine_args *a = args;
  *(double *)result = combine(a->n, a->lo, a->f, p[0], p[1], p[2], p[3]);
}

static torc_abi_task combine_task = {TORC_ABI_VERSION, "combine",
                                     combine_trampoline, NULL,
                                     sizeof(struct combine_args),
                                     sizeof(double), 4, -1};

__attribute__((constructor)) static void register_combine(void) {
  torc_abi_register(&combine_task);
}

static const torc_abi_site site = {"test-buffers.c", 45};

static void spawn_combine(int n, int lo, double f, const double *x, double *y,
                          double *z, const char *tag, double *result,
                          int node) {
  struct combine_args a = {n, lo, f};
  uint64_t bytes = (uint64_t)n * sizeof(double), off = lo * sizeof(double);
  torc_abi_buffer b[4] = {
      {(void *)x, off, bytes, TORC_ABI_IN},
      {y, off, bytes, TORC_ABI_OUT},
      {z, off, bytes, TORC_ABI_INOUT},
      {(void *)tag, 0, torc_abi_string_bytes(tag), TORC_ABI_IN}};
  torc_abi_options o = {0, node, -1, NULL, NULL, 0, NULL};
  torc_abi_spawn(&combine_task, &site, &a, b, result, NULL, &o);
}

#define SIZES 6

static int primary(int argc, char **argv) {
  (void)argc;
  (void)argv;
  static const int sizes[SIZES] = {0, 1, 7, 100, 20000, 300000};
  double *x[SIZES], *y[SIZES], *z[SIZES], r[SIZES][2];
  for (int s = 0; s < SIZES; s++) {
    int n = sizes[s], len = n + 10;
    x[s] = malloc(len * sizeof(double));
    y[s] = malloc(len * sizeof(double));
    z[s] = malloc(len * sizeof(double));
    for (int i = 0; i < len; i++) {
      x[s][i] = i + s;
      y[s][i] = -1;
      z[s][i] = i;
    }
    /* One spawn per node in turn, the section starting at 5. */
    for (int k = 0; k < 2; k++)
      spawn_combine(n / 2, 5 + k * (n / 2), 2.0, x[s], y[s], z[s],
                    k ? "tagged" : NULL, &r[s][k],
                    (s * 2 + k) % torc_num_nodes());
  }
  torc_abi_wait();
  for (int s = 0; s < SIZES; s++) {
    int n = sizes[s], h = n / 2;
    double sum[2] = {0, 0};
    for (int i = 0; i < n + 10; i++) {
      int inside = i >= 5 && i < 5 + 2 * h;
      if (inside)
        sum[(i - 5) / h] += x[s][i];
      CHECK(y[s][i] == (inside ? 2.0 * x[s][i] : -1));
      CHECK(z[s][i] == (inside ? i + 1 : i));
    }
    CHECK(r[s][0] == sum[0] - 1.0);
    CHECK(r[s][1] == sum[1] + 6.0);
    free(x[s]);
    free(y[s]);
    free(z[s]);
  }
  printf("buffers: %d sizes correct on %d nodes\n", SIZES, torc_num_nodes());
  return 0;
}

int main(int argc, char **argv) { return torc_abi_main(argc, argv, primary); }
