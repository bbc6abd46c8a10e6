/* broadcast.c: the registry of broadcast globals and torc_abi_broadcast. */
#include "broadcast.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "fatal.h"
#include "node.h"

/* The table below is under `lock`, as the task registry is: constructors of
 * several shared objects may register concurrently. After sealing it is
 * read without the lock, because it no longer changes. */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static torc_abi_global **all;
static size_t all_count, all_cap;
static torc_abi_global **by_id;
static size_t id_count;
static int sealed;

/* The argument block of the broadcast task: which bytes of which global. */
struct bcast_args {
  uint32_t id;
  uint32_t reserved;
  uint64_t offset;
  uint64_t bytes;
};

static void bcast_run(void *args, void *const *pointers, void *result);

static torc_abi_task bcast_task = {TORC_ABI_VERSION, "torc:broadcast",
                                   bcast_run, sizeof(struct bcast_args), 0,
                                   1, -1};

TORC_API void torc_abi_register_global(torc_abi_global *g) {
  if (g == NULL || g->name == NULL || g->address == NULL)
    torc__fatal("torc_abi_register_global", "an incomplete global descriptor");
  if (g->abi_version != TORC_ABI_VERSION)
    torc__fatal("torc_abi_register_global",
                "global '%s' was generated for ABI version %u, but this "
                "runtime implements version %d; retranslate it with a "
                "matching torcc", g->name, g->abi_version, TORC_ABI_VERSION);
  pthread_mutex_lock(&lock);
  if (sealed)
    torc__fatal("torc_abi_register_global",
                "global '%s' is registered after the runtime started", g->name);
  for (size_t i = 0; i < all_count; i++) {
    if (all[i] == g) {
      pthread_mutex_unlock(&lock);
      return;
    }
    if (strcmp(all[i]->name, g->name) == 0 && all[i]->size != g->size)
      torc__fatal("torc_abi_register_global", "global '%s' is registered "
                  "with sizes %zu and %zu; rebuild every file", g->name,
                  all[i]->size, g->size);
  }
  if (all_count == all_cap) {
    all_cap = all_cap ? 2 * all_cap : 16;
    all = realloc(all, all_cap * sizeof *all);
    if (all == NULL)
      TORC_FATAL("out of memory registering global '%s'", g->name);
  }
  all[all_count++] = g;
  pthread_mutex_unlock(&lock);
}

static int by_name(const void *a, const void *b) {
  return strcmp((*(torc_abi_global *const *)a)->name,
                (*(torc_abi_global *const *)b)->name);
}

void torc__globals_seal(void) {
  torc_abi_register(&bcast_task);
  pthread_mutex_lock(&lock);
  sealed = 1;
  if (all_count > 0)
    qsort(all, all_count, sizeof *all, by_name);
  by_id = malloc((all_count ? all_count : 1) * sizeof *by_id);
  if (by_id == NULL)
    TORC_FATAL("out of memory numbering globals");
  id_count = 0;
  /* Several units may register one extern global; they share an id, and
   * every descriptor of it names the same address. */
  for (size_t i = 0; i < all_count; i++) {
    if (i == 0 || strcmp(all[i]->name, all[i - 1]->name) != 0)
      by_id[id_count++] = all[i];
    all[i]->id = (int32_t)(id_count - 1);
  }
  pthread_mutex_unlock(&lock);
}

void torc__globals_unseal(void) {
  pthread_mutex_lock(&lock);
  free(by_id);
  by_id = NULL;
  id_count = 0;
  sealed = 0;
  pthread_mutex_unlock(&lock);
}

/* Runs on every node's communication thread. On the calling node the
 * buffer is the variable itself, so there is nothing to copy. */
static void bcast_run(void *args, void *const *pointers, void *result) {
  (void)result;
  struct bcast_args a;
  memcpy(&a, args, sizeof a);
  if (a.id >= id_count || a.offset + a.bytes > by_id[a.id]->size)
    torc__fatal("torc broadcast", "a broadcast names global %u, bytes %llu "
                "to %llu, which this node's build does not have", a.id,
                (unsigned long long)a.offset,
                (unsigned long long)(a.offset + a.bytes));
  unsigned char *dst = (unsigned char *)by_id[a.id]->address + a.offset;
  const unsigned char *src = (const unsigned char *)pointers[0] + a.offset;
  if (a.bytes > 0 && dst != src)
    memcpy(dst, src, a.bytes);
}

static void check_item(const torc_abi_site *site,
                       const torc_abi_broadcast_item *it) {
  const char *file = site && site->file ? site->file : "<unknown>";
  unsigned line = site ? site->line : 0;
  if (it->global == NULL)
    torc__fatal("torc broadcast", "%s:%u: an item without a global", file,
                line);
  if (it->offset > it->global->size ||
      it->bytes > it->global->size - it->offset)
    torc__fatal("torc broadcast", "%s:%u: bytes %llu to %llu of '%s' are "
                "outside the variable, which has %zu bytes", file, line,
                (unsigned long long)it->offset,
                (unsigned long long)(it->offset + it->bytes),
                it->global->name, it->global->size);
  if (atomic_load_explicit(&torc__running, memory_order_relaxed) &&
      it->global->id < 0)
    torc__fatal("torc broadcast", "%s:%u: global '%s' was never registered",
                file, line, it->global->name);
}

TORC_API void torc_abi_broadcast(const torc_abi_site *site,
                                 const torc_abi_broadcast_item *items,
                                 size_t count) {
  for (size_t i = 0; i < count; i++)
    check_item(site, &items[i]);
  /* One process, or a sequential run: every node already has the data. */
  if (!atomic_load_explicit(&torc__running, memory_order_relaxed) ||
      torc__node.count == 1)
    return;
  struct torc__worker *w = torc__self;
  if (w == NULL || w->current == NULL ||
      !(w->current->flags & TORC__T_PRIMARY))
    torc__fatal("torc broadcast", "%s:%u: only the primary task may "
                "broadcast", site && site->file ? site->file : "<unknown>",
                site ? site->line : 0);
  for (size_t i = 0; i < count; i++) {
    const torc_abi_broadcast_item *it = &items[i];
    struct bcast_args a = {(uint32_t)it->global->id, 0, it->offset, it->bytes};
    torc_abi_buffer b = {it->global->address, it->offset, it->bytes,
                         TORC_ABI_IN};
    torc_abi_spmd(&bcast_task, site, &a, &b);
  }
}
