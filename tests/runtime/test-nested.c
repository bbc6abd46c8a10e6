/* Three levels of nested tasks with array data: each level spawns two
 * children that write into an array on its own stack, waits, and passes the
 * data up. Checks the implicit wait and copies at every depth. */
#include <string.h>
#include <torc_abi.h>

#include "check.h"

#define CHUNK 64
#define CHUNKS 12

struct level_args {
  int level;
  int lo;
  int n;
};

static void level(int lvl, int lo, int n, const int *in, long *out);

static void level_trampoline(const torc_abi_task *task, void *args,
                             void *const *p, void *result) {
  (void)task;
  (void)result;
  struct level_args *a = args;
  level(a->level, a->lo, a->n, p[0], p[1]);
}

static torc_abi_task level_task = {TORC_ABI_VERSION, "test-nested.c:level",
                                   level_trampoline, NULL,
                                   sizeof(struct level_args), 0, 2, -1};

__attribute__((constructor)) static void register_level(void) {
  torc_abi_register(&level_task);
}

static const torc_abi_site site = {"test-nested.c", 30};

static void spawn_level(int lvl, int n, int lo, const int *in, long *out) {
  struct level_args a = {lvl, lo, n};
  torc_abi_buffer b[2] = {
      {(void *)in, lo * sizeof(int), n * sizeof(int), TORC_ABI_IN},
      {out, lo * sizeof(long), n * sizeof(long), TORC_ABI_OUT}};
  torc_abi_spawn(&level_task, &site, &a, b, NULL, NULL, NULL);
}

/* Works on in[lo, lo + n) and out[lo, lo + n), as a task given sections
 * does. Level 3 squares; levels 2 and 1 add 1000 and 1 on the way up. */
static void level(int lvl, int lo, int n, const int *in, long *out) {
  if (lvl == 3) {
    for (int i = lo; i < lo + n; i++)
      out[i] = (long)in[i] * in[i];
    return;
  }
  int copy[CHUNK];
  long part[CHUNK];
  memcpy(copy, in + lo, n * sizeof(int));
  memset(part, 0, sizeof part);
  int h = n / 2;
  spawn_level(lvl + 1, h, 0, copy, part);
  spawn_level(lvl + 1, n - h, h, copy, part);
  torc_abi_wait();
  for (int i = 0; i < n; i++)
    out[lo + i] = part[i] + (lvl == 2 ? 1000 : 1);
}

static int primary(int argc, char **argv) {
  (void)argc;
  (void)argv;
  static int in[CHUNK * CHUNKS];
  static long out[CHUNK * CHUNKS];
  for (int i = 0; i < CHUNK * CHUNKS; i++)
    in[i] = i - 100;
  for (int c = 0; c < CHUNKS; c++)
    spawn_level(1, CHUNK, c * CHUNK, in, out);
  torc_abi_wait();
  for (int i = 0; i < CHUNK * CHUNKS; i++)
    CHECK(out[i] == (long)in[i] * in[i] + 1001);
  printf("nested: %d chunks of 3 levels correct\n", CHUNKS);
  return 0;
}

int main(int argc, char **argv) { return torc_abi_main(argc, argv, primary); }
