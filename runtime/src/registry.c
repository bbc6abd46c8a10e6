/* registry.c: registration and numbering of task descriptors. */
#include "registry.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "fatal.h"

/* Everything below is under `lock`; registration may come from constructors
 * of several shared objects, and a later dlopen could race with a worker. */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static torc_abi_task **all;      /* every descriptor registered */
static size_t all_count, all_cap;
static torc_abi_task **by_id;    /* one descriptor per distinct name */
static size_t id_count;
static int sealed;

static void check_same(const torc_abi_task *a, const torc_abi_task *b) {
  if (a->args_size != b->args_size || a->result_size != b->result_size ||
      a->num_buffers != b->num_buffers)
    torc__fatal("torc_abi_register",
                "task '%s' is registered twice with different layouts "
                "(argument block %zu vs %zu bytes, result %zu vs %zu bytes, "
                "%u vs %u buffers); rebuild every file with the same torcc",
                a->name, a->args_size, b->args_size, a->result_size,
                b->result_size, a->num_buffers, b->num_buffers);
}

TORC_API void torc_abi_register(torc_abi_task *task) {
  if (task == NULL || task->name == NULL)
    torc__fatal("torc_abi_register", "a task descriptor without a name");
  if (task->abi_version != TORC_ABI_VERSION)
    torc__fatal("torc_abi_register",
                "task '%s' was generated for ABI version %u, but this "
                "runtime implements version %d; retranslate it with a "
                "matching torcc",
                task->name, task->abi_version, TORC_ABI_VERSION);
  pthread_mutex_lock(&lock);
  if (sealed)
    torc__fatal("torc_abi_register",
                "task '%s' is registered after the runtime started",
                task->name);
  for (size_t i = 0; i < all_count; i++) {
    if (all[i] == task) {
      pthread_mutex_unlock(&lock);
      return;
    }
    if (strcmp(all[i]->name, task->name) == 0)
      check_same(all[i], task);
  }
  if (all_count == all_cap) {
    all_cap = all_cap ? 2 * all_cap : 64;
    all = realloc(all, all_cap * sizeof *all);
    if (all == NULL)
      TORC_FATAL("out of memory registering task '%s'", task->name);
  }
  all[all_count++] = task;
  pthread_mutex_unlock(&lock);
}

static int by_name(const void *a, const void *b) {
  const torc_abi_task *x = *(torc_abi_task *const *)a;
  const torc_abi_task *y = *(torc_abi_task *const *)b;
  return strcmp(x->name, y->name);
}

void torc__registry_seal(void) {
  pthread_mutex_lock(&lock);
  sealed = 1;
  if (all_count > 0)
    qsort(all, all_count, sizeof *all, by_name);
  by_id = malloc((all_count ? all_count : 1) * sizeof *by_id);
  if (by_id == NULL)
    TORC_FATAL("out of memory numbering tasks");
  id_count = 0;
  /* Sorting puts equal names next to each other; they share one id. */
  for (size_t i = 0; i < all_count; i++) {
    if (i == 0 || strcmp(all[i]->name, all[i - 1]->name) != 0)
      by_id[id_count++] = all[i];
    all[i]->id = (int32_t)(id_count - 1);
  }
  pthread_mutex_unlock(&lock);
}

void torc__registry_unseal(void) {
  pthread_mutex_lock(&lock);
  free(by_id);
  by_id = NULL;
  id_count = 0;
  sealed = 0;
  pthread_mutex_unlock(&lock);
}

const torc_abi_task *torc__registry_get(uint32_t id) {
  /* Sealed tables never change, so readers need no lock. */
  return id < id_count ? by_id[id] : NULL;
}

/* FNV-1a over the names and layouts, in id order. */
uint64_t torc__registry_hash(void) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < id_count; i++) {
    const torc_abi_task *t = by_id[i];
    for (const char *p = t->name; *p; p++)
      h = (h ^ (unsigned char)*p) * 1099511628211ull;
    uint64_t sizes[3] = {t->args_size, t->result_size, t->num_buffers};
    for (int k = 0; k < 3; k++)
      h = (h ^ sizes[k]) * 1099511628211ull;
  }
  return h;
}
