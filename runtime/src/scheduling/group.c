/* group.c: `parallel for` groups and the bundles they fill (see group.h). */
#include "scheduling/group.h"

#include <string.h>

#include "diagnostics/diagnostics.h"
#include "scheduling/scheduler.h"
#include "scheduling/worker.h"
#include "support/fatal.h"
#include "tasks/tasks.h"

/* Bundles carry no arguments; this descriptor only sizes their records
 * and names them in messages about them. It is never registered. */
static const torc_abi_task bundle_desc = {TORC_ABI_VERSION, "torc:bundle",
                                          NULL, NULL, 0, 0, 0, -1};

struct torc__task *torc__group_bundle_new(uint32_t flags) {
  struct torc__task *b = torc__task_alloc(&bundle_desc, 0, 0, NULL);
  b->flags = TORC__T_BUNDLE | flags;
  return b;
}

void torc__group_bundle_add(struct torc__task *bundle,
                            struct torc__task *member) {
  member->next = bundle->members;
  bundle->members = member;
}

void torc__group_bundle_close(struct torc__task *bundle) {
  struct torc__task *m = bundle->members, *ordered = NULL;
  while (m != NULL) {
    struct torc__task *next = m->next;
    m->next = ordered;
    ordered = m;
    m = next;
  }
  bundle->members = ordered;
}

void torc__group_bundle_execute(struct torc__worker *w,
                                struct torc__task *bundle) {
  struct torc__task *m = bundle->members;
  torc__task_free(bundle);
  while (m != NULL) {
    /* Executing a member completes and frees it; read the link first. */
    struct torc__task *next = m->next;
    torc__worker_execute(w, m);
    m = next;
  }
}

TORC_API void torc_abi_group_begin(torc_abi_group *group, long chunk,
                                   const torc_abi_site *site) {
  if (group == NULL)
    torc__fatal("torc_abi_group_begin", "a NULL group");
  if (chunk < 1)
    torc__fatal("torc parallel for", "%s:%u: chunksize(%ld) must be at "
                "least 1", torc__site_file(site), torc__site_line(site),
                chunk);
  memset(group, 0, sizeof *group);
  group->chunk = chunk;
  group->site = site;
}

/* Places the open bundle; a bundle of one places its member alone. */
static void place_open(struct torc__worker *w, torc_abi_group *g) {
  struct torc__task *b = g->open;
  long n = g->members;
  g->open = NULL;
  g->members = 0;
  if (b == NULL)
    return;
  torc__group_bundle_close(b);
  struct torc__task *t = b;
  if (n == 1) {
    t = b->members;
    t->next = NULL;
    torc__task_free(b);
  }
  torc__scheduler_place(w, w->current, t, &g->placement, NULL);
}

void torc__group_add(struct torc__worker *w, struct torc__task *t,
                     const torc_abi_options *opt) {
  torc_abi_group *g = opt->group;
  if (g->chunk <= 1) {
    torc__scheduler_place(w, w->current, t, opt, NULL);
    return;
  }
  if (g->open == NULL) {
    /* The first member's clauses place the whole bundle. */
    g->open = torc__group_bundle_new(t->flags & TORC__T_LOCAL);
    g->placement = *opt;
    g->placement.group = NULL;
  }
  torc__group_bundle_add(g->open, t);
  if (++g->members == g->chunk)
    place_open(w, g);
}

TORC_API void torc_abi_group_end(torc_abi_group *group) {
  struct torc__worker *w = torc__worker_self;
  /* Spawns made outside a worker ran inline and left nothing open. */
  if (group == NULL || w == NULL)
    return;
  if (group->open != NULL)
    place_open(w, group);
  torc__progress_loop_spawned();
}
