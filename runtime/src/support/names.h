/*
 * names.h: descriptors registered by name and numbered by sorted name.
 *
 * Tasks and broadcast globals are both registered from constructors of the
 * generated code, before main and before MPI, and both must get the same
 * id on every node of one build whatever the load addresses. Sorting the
 * distinct names at start-up gives exactly that. Several translation units
 * may register one name; those descriptors share the id.
 */
#ifndef TORC_NAMES_H
#define TORC_NAMES_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

struct torc__names_entry {
  const char *name;
  void *desc;
  int32_t *id; /* the descriptor's id field, written when sealing */
};

/* Everything under `lock`: constructors of several shared objects may
 * register concurrently. A sealed table no longer changes, so lookups then
 * need no lock. */
struct torc__names {
  pthread_mutex_t lock;
  const char *kind; /* "task" or "global", for messages */
  struct torc__names_entry *all;
  size_t count, cap;
  void **by_id; /* one descriptor per distinct name, in id order */
  size_t ids;
  int sealed;
};

#define TORC__NAMES_INIT(kind)                                                 \
  { PTHREAD_MUTEX_INITIALIZER, kind, NULL, 0, 0, NULL, 0, 0 }

/*
 * Registers a descriptor (again is harmless). Returns a descriptor
 * registered earlier under the same name, for the caller to check that the
 * two agree, or NULL. `caller` names the entry point in messages.
 */
void *torc__names_add(struct torc__names *t, const char *caller,
                      const char *name, void *desc, int32_t *id);

/* Numbers the distinct names in sorted order; later additions fail. */
void torc__names_seal(struct torc__names *t);

/* Forgets the numbering and allows registration again. */
void torc__names_unseal(struct torc__names *t);

/* The descriptor with id `id`, or NULL when out of range. */
static inline void *torc__names_get(const struct torc__names *t, uint32_t id) {
  return id < t->ids ? t->by_id[id] : NULL;
}

#endif /* TORC_NAMES_H */
