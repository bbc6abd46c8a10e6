/* names.c: descriptors numbered by sorted name (see names.h). */
#include "support/names.h"

#include <stdlib.h>
#include <string.h>

#include "support/array.h"
#include "support/fatal.h"

void *torc__names_add(struct torc__names *t, const char *caller,
                      const char *name, void *desc, int32_t *id) {
  void *same = NULL;
  pthread_mutex_lock(&t->lock);
  if (t->sealed)
    torc__fatal(caller, "%s '%s' is registered after the runtime started",
                t->kind, name);
  for (size_t i = 0; i < t->count; i++) {
    if (t->all[i].desc == desc) {
      pthread_mutex_unlock(&t->lock);
      return NULL;
    }
    if (same == NULL && strcmp(t->all[i].name, name) == 0)
      same = t->all[i].desc;
  }
  if (t->count == t->cap)
    t->all = torc__array_reserve(t->all, &t->cap, t->count + 1, sizeof *t->all,
                                 64, "registered names");
  t->all[t->count++] = (struct torc__names_entry){name, desc, id};
  pthread_mutex_unlock(&t->lock);
  return same;
}

static int by_name(const void *a, const void *b) {
  return strcmp(((const struct torc__names_entry *)a)->name,
                ((const struct torc__names_entry *)b)->name);
}

void torc__names_seal(struct torc__names *t) {
  pthread_mutex_lock(&t->lock);
  t->sealed = 1;
  if (t->count > 0)
    qsort(t->all, t->count, sizeof *t->all, by_name);
  t->by_id = malloc((t->count ? t->count : 1) * sizeof *t->by_id);
  if (t->by_id == NULL)
    TORC_FATAL("out of memory numbering %ss", t->kind);
  t->ids = 0;
  /* Sorting puts equal names next to each other; they share one id. */
  for (size_t i = 0; i < t->count; i++) {
    if (i == 0 || strcmp(t->all[i].name, t->all[i - 1].name) != 0)
      t->by_id[t->ids++] = t->all[i].desc;
    *t->all[i].id = (int32_t)(t->ids - 1);
  }
  pthread_mutex_unlock(&t->lock);
}

void torc__names_unseal(struct torc__names *t) {
  pthread_mutex_lock(&t->lock);
  free(t->by_id);
  t->by_id = NULL;
  t->ids = 0;
  t->sealed = 0;
  pthread_mutex_unlock(&t->lock);
}
