/* sites.c: numbering spawn sites per sender (see sites.h). */
#include "network/sites.h"

#include <stdlib.h>
#include <string.h>

#include "network/transport.h"
#include "support/array.h"
#include "support/fatal.h"

/* One slot of the table from a site's address to its number. */
struct slot {
  const torc_abi_site *site;
  uint32_t id;
};

/* What one destination has been told, and what one source has told. */
struct peer {
  unsigned char *sent; /* sent[id]: the SITE record for id has gone out */
  size_t sent_cap;
  torc_abi_site **got; /* got[id]: this node's copy of the source's site id */
  size_t got_cap;
};

/* All of it belongs to the communication thread. */
static struct slot *slots; /* open addressing, a power of two in size */
static size_t nslots, used;
static struct peer *peers;
static int npeers;
/* A program has few spawn sites and sends from them over and over, so the
 * last one is worth remembering. */
static const torc_abi_site *last;
static uint32_t last_id;

void torc__sites_init(int nnodes) {
  npeers = nnodes;
  peers = calloc((size_t)nnodes, sizeof *peers);
  nslots = 64;
  used = 0;
  slots = calloc(nslots, sizeof *slots);
  if (peers == NULL || slots == NULL)
    TORC_FATAL("out of memory for the site tables");
}

void torc__sites_destroy(void) {
  for (int n = 0; n < npeers; n++) {
    free(peers[n].sent);
    for (size_t i = 0; i < peers[n].got_cap; i++)
      free(peers[n].got[i]);
    free(peers[n].got);
  }
  free(peers);
  free(slots);
  peers = NULL;
  slots = NULL;
  npeers = 0;
  nslots = used = 0;
  last = NULL;
}

static size_t hash(const torc_abi_site *s) {
  uintptr_t x = (uintptr_t)s;
  return (size_t)((x >> 4) * 0x9E3779B97F4A7C15ull);
}

static struct slot *find(const torc_abi_site *s) {
  size_t mask = nslots - 1;
  for (size_t i = hash(s) & mask;; i = (i + 1) & mask)
    if (slots[i].site == s || slots[i].site == NULL)
      return &slots[i];
}

static void grow(void) {
  struct slot *old = slots;
  size_t n = nslots;
  nslots *= 2;
  slots = calloc(nslots, sizeof *slots);
  if (slots == NULL)
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
  if (site == NULL)
    return TORC__NO_SITE;
  uint32_t id = last_id;
  if (site != last) {
    struct slot *s = find(site);
    if (s->site == NULL) {
      s->site = site;
      s->id = (uint32_t)used++;
      if (2 * used > nslots)
        grow();
      s = find(site);
    }
    id = s->id;
    last = site;
    last_id = id;
  }
  struct peer *p = &peers[dest];
  if (id >= p->sent_cap || !p->sent[id]) {
    p->sent = reserve(p->sent, &p->sent_cap, (size_t)id + 1, 1);
    p->sent[id] = 1;
    torc__msg_put_site(torc__xport_frame(dest), id, torc__site_file(site),
                       site->line);
  }
  return id;
}

void torc__sites_define(struct torc__reader *r, int source) {
  uint32_t id, line;
  const char *file;
  torc__msg_get_site(r, &id, &file, &line);
  struct peer *p = &peers[source];
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
  if (id == TORC__NO_SITE)
    return NULL;
  struct peer *p = &peers[source];
  if (id >= p->got_cap || p->got[id] == NULL)
    torc__fatal("torc message", "node %d sent a task from site %u, which it "
                "never defined", source, id);
  return p->got[id];
}
