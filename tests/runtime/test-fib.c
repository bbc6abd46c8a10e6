/* Recursive Fibonacci written the way torcc translates it: a trampoline, a
 * descriptor registered by a constructor, spawns with result targets, and
 * waits at every depth. The primary's value is every node's exit status. */
#include <stdio.h>
#include <stdlib.h>
#include <torc_abi.h>

#include "check.h"

static long fib_seq(int n) { return n < 2 ? n : fib_seq(n - 1) + fib_seq(n - 2); }

long fib(int n);

struct fib_args {
  int n;
};

/* The function comes from the descriptor, as in generated code, where one
 * trampoline serves every task function of a signature. */
static void fib_trampoline(const torc_abi_task *task, void *args,
                           void *const *pointers, void *result) {
  (void)pointers;
  long (*function)(int) = (long (*)(int))task->function;
  *(long *)result = function(((struct fib_args *)args)->n);
}

static torc_abi_task fib_task = {TORC_ABI_VERSION, "fib", fib_trampoline,
                                 (void (*)(void))fib, sizeof(struct fib_args),
                                 sizeof(long), 0, -1};

__attribute__((constructor)) static void register_fib(void) {
  torc_abi_register(&fib_task);
}

/* `int r = fib(n)`: the value needs a conversion on the way in. */
static void store_long_to_int(void *target, const void *result) {
  *(int *)target = (int)*(const long *)result;
}

static const torc_abi_site site = {"test-fib.c", 30};
static int cutoff = 12;

long fib(int n) {
  if (n < cutoff)
    return fib_seq(n);
  long a, b;
  struct fib_args x = {n - 1};
  torc_abi_spawn(&fib_task, &site, &x, NULL, &a, NULL, NULL);
  x.n = n - 2;
  torc_abi_spawn(&fib_task, &site, &x, NULL, &b, NULL, NULL);
  torc_abi_wait();
  return a + b;
}

static int primary(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 25;
  if (argc > 2)
    cutoff = atoi(argv[2]);
  long r;
  int r_int = 0;
  struct fib_args x = {n};
  double t0 = torc_gettime();
  torc_abi_spawn(&fib_task, &site, &x, NULL, &r, NULL, NULL);
  torc_abi_spawn(&fib_task, &site, &x, NULL, &r_int, store_long_to_int, NULL);
  torc_abi_wait();
  double t = torc_gettime() - t0;
  CHECK(r == fib_seq(n));
  CHECK(r_int == (int)r);
  printf("fib(%d) = %ld\n", n, r);
  if (getenv("TEST_FIB_TIME"))
    fprintf(stderr, "fib(%d) cutoff %d: %.3f s on %d x %d\n", n, cutoff, t,
            torc_num_nodes(), torc_num_local_workers());
  return 3;
}

int main(int argc, char **argv) {
  int status = torc_abi_main(argc, argv, primary);
  CHECK(status == 3);
  /* After shutdown, queries answer as one node with one worker. */
  CHECK(torc_num_nodes() == 1 && torc_num_workers() == 1);
  return 0;
}
