/* sites.c: numbering spawn sites per sender (see sites.h). */
#include "network/sites.h"

#include <stdlib.h>
#include <string.h>

#include "network/state.h"
#include "network/transport.h"
#include "support/array.h"
#include "support/fatal.h"

/* One slot of the table from a site's address to its number. */
struct torc__sites_slot {
  const torc_abi_site *site;
  uint32_t id;
};

/* What one destination has been told, and what one source has told. */
struct torc__sites_peer {
  unsigned char *sent; /* sent[id]: the SITE record for id has gone out */
  size_t sent_cap;
  torc_abi_site **got; /* got[id]: this node's copy of the source's site id */
  size_t got_cap;
};

void torc__sites_init(int nnodes) {
  struct torc__sites_state *tables = &torc__network->sites;
  tables->npeers = nnodes;
  tables->peers = calloc((size_t)nnodes, sizeof *tables->peers);
  tables->nslots = 64;
  tables->slots = calloc(tables->nslots, sizeof *tables->slots);
  if (tables->peers == NULL || tables->slots == NULL)
    TORC_FATAL("out of memory for the site tables");
}

void torc__sites_destroy(void) {
  struct torc__sites_state *tables = &torc__network->sites;
  for (int n = 0; n < tables->npeers; n++) {
    free(tables->peers[n].sent);
    for (size_t i = 0; i < tables->peers[n].got_cap; i++)
      free(tables->peers[n].got[i]);
    free(tables->peers[n].got);
  }
  free(tables->peers);
  free(tables->slots);
}

static size_t hash(const torc_abi_site *s) {
  uintptr_t x = (uintptr_t)s;
  return (size_t)((x >> 4) * 0x9E3779B97F4A7C15ull);
}

static struct torc__sites_slot *find(const torc_abi_site *s) {
  struct torc__sites_state *tables = &torc__network->sites;
  size_t mask = tables->nslots - 1;
  for (size_t i = hash(s) & mask;; i = (i + 1) & mask)
    if (tables->slots[i].site == s || tables->slots[i].site == NULL)
      return &tables->slots[i];
}

static void grow(void) {
  struct torc__sites_state *tables = &torc__network->sites;
  struct torc__sites_slot *old = tables->slots;
  size_t n = tables->nslots;
  tables->nslots *= 2;
  tables->slots = calloc(tables->nslots, sizeof *tables->slots);
  if (tables->slots == NULL)
    TORC_FATAL("out of memory for the site table");
  for (size_t i = 0; i < n; i++)
    if (old[i].site != NULL)
      *find(old[i].site) = old[i];
  free(old);
}

/* Makes a[i] addressable for i < need, zeroing what is new. */
static void *reserve(void *a, size_t *cap, size_t need, size_t elem) {
  if (need <= *cap)
    return a;
  size_t old = *cap;
  unsigned char *b =
      torc__array_reserve(a, cap, need, elem, 16, "the site tables");
  memset(b + old * elem, 0, (*cap - old) * elem);
  return b;
}

uint32_t torc__sites_out(int dest, const torc_abi_site *site) {
  struct torc__sites_state *tables = &torc__network->sites;
  if (site == NULL)
    return TORC__NO_SITE;
  uint32_t id = tables->last_id;
  if (site != tables->last) {
    struct torc__sites_slot *s = find(site);
    if (s->site == NULL) {
      s->site = site;
      s->id = (uint32_t)tables->used++;
      if (2 * tables->used > tables->nslots)
        grow();
      s = find(site);
    }
    id = s->id;
    tables->last = site;
    tables->last_id = id;
  }
  struct torc__sites_peer *p = &tables->peers[dest];
  if (id >= p->sent_cap || !p->sent[id]) {
    p->sent = reserve(p->sent, &p->sent_cap, (size_t)id + 1, 1);
    p->sent[id] = 1;
    torc__msg_put_site(torc__transport_frame(dest), id, torc__site_file(site),
                       site->line);
  }
  return id;
}

void torc__sites_define(struct torc__msg_reader *r, int source) {
  struct torc__sites_state *tables = &torc__network->sites;
  uint32_t id, line;
  const char *file;
  torc__msg_get_site(r, &id, &file, &line);
  struct torc__sites_peer *p = &tables->peers[source];
  /* Records built earlier may point to a site, so none is ever replaced. */
  if (id == TORC__NO_SITE || (id < p->got_cap && p->got[id] != NULL))
    torc__fatal("torc message", "node %d defined site %u twice", source, id);
  p->got = reserve(p->got, &p->got_cap, (size_t)id + 1, sizeof *p->got);
  size_t len = strlen(file) + 1;
  /* The site and its file name in one allocation, so one free ends both. */
  torc_abi_site *s = malloc(sizeof *s + len);
  if (s == NULL)
    TORC_FATAL("out of memory for a site");
  memcpy(s + 1, file, len);
  s->file = (const char *)(s + 1);
  s->line = line;
  p->got[id] = s;
}

const torc_abi_site *torc__sites_in(int source, uint32_t id) {
  struct torc__sites_state *tables = &torc__network->sites;
  if (id == TORC__NO_SITE)
    return NULL;
  struct torc__sites_peer *p = &tables->peers[source];
  if (id >= p->got_cap || p->got[id] == NULL)
    torc__fatal("torc message",
                "node %d sent a task from site %u, which it "
                "never defined",
                source, id);
  return p->got[id];
}
