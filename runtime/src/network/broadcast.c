/* broadcast.c: the registry of broadcast globals and torc_abi_broadcast. */
#include "network/broadcast.h"

#include <string.h>

#include "network/sites.h"
#include "scheduling/scheduling.h"
#include "support/fatal.h"
#include "support/names.h"

/* Filled by constructors before main, like the task registry; lives as
 * long as the process. */
static struct torc__names globals = TORC__NAMES_INIT("global");

/* The argument block of the broadcast task: which bytes of which global. */
struct bcast_args {
  uint32_t id;
  uint32_t reserved;
  uint64_t offset;
  uint64_t bytes;
};

static void bcast_run(const torc_abi_task *task, void *args,
                      void *const *pointers, void *result);

static torc_abi_task bcast_task = {TORC_ABI_VERSION, "torc:broadcast",
                                   bcast_run, NULL, sizeof(struct bcast_args),
                                   0, 1, -1};

TORC_API void torc_abi_register_global(torc_abi_global *g) {
  if (g == NULL || g->name == NULL || g->address == NULL)
    torc__fatal("torc_abi_register_global", "an incomplete global descriptor");
  if (g->abi_version != TORC_ABI_VERSION)
    torc__fatal("torc_abi_register_global",
                "global '%s' was generated for ABI version %u, but this "
                "runtime implements version %d; retranslate it with a "
                "matching torcc", g->name, g->abi_version, TORC_ABI_VERSION);
  torc_abi_global *same = torc__names_add(
      &globals, "torc_abi_register_global", g->name, g, &g->id);
  if (same != NULL && same->size != g->size)
    torc__fatal("torc_abi_register_global", "global '%s' is registered "
                "with sizes %zu and %zu; rebuild every file", g->name,
                same->size, g->size);
}

void torc__broadcast_seal(void) {
  torc_abi_register(&bcast_task);
  /* Several units may register one extern global; they share an id, and
   * every descriptor of it names the same address. */
  torc__names_seal(&globals);
}

void torc__broadcast_unseal(void) { torc__names_unseal(&globals); }

/* Runs on every node's communication thread. On the calling node the
 * buffer is the variable itself, so there is nothing to copy. */
static void bcast_run(const torc_abi_task *task, void *args,
                      void *const *pointers, void *result) {
  (void)task;
  (void)result;
  struct bcast_args a;
  memcpy(&a, args, sizeof a);
  const torc_abi_global *g = torc__names_get(&globals, a.id);
  if (g == NULL || a.offset + a.bytes > g->size)
    torc__fatal("torc broadcast", "a broadcast names global %u, bytes %llu "
                "to %llu, which this node's build does not have", a.id,
                (unsigned long long)a.offset,
                (unsigned long long)(a.offset + a.bytes));
  unsigned char *dst = (unsigned char *)g->address + a.offset;
  const unsigned char *src = (const unsigned char *)pointers[0] + a.offset;
  if (a.bytes > 0 && dst != src)
    memcpy(dst, src, a.bytes);
}

static void check_item(const torc_abi_site *site,
                       const torc_abi_broadcast_item *it) {
  const char *file = torc__site_file(site);
  unsigned line = torc__site_line(site);
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
  if (atomic_load_explicit(&torc__node->running, memory_order_relaxed) &&
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
  if (!atomic_load_explicit(&torc__node->running, memory_order_relaxed) ||
      torc__node->count == 1)
    return;
  struct torc__worker *w = torc__worker_self;
  if (w == NULL || w->current == NULL || !(w->current->flags & TORC__T_PRIMARY))
    torc__fatal("torc broadcast", "%s:%u: only the primary task may "
                "broadcast", torc__site_file(site),
                torc__site_line(site));
  for (size_t i = 0; i < count; i++) {
    const torc_abi_broadcast_item *it = &items[i];
    struct bcast_args a = {(uint32_t)it->global->id, 0, it->offset, it->bytes};
    torc_abi_buffer b = {it->global->address, it->offset, it->bytes,
                         TORC_ABI_IN};
    torc_abi_spmd(&bcast_task, site, &a, &b);
  }
}
