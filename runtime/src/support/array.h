/*
 * array.h: the one way the runtime grows a heap array.
 *
 * Message buffers, registration tables, per-peer site tables and the
 * transport's lists of bulk parts and sends all grow the same way: double
 * the capacity (from a first size the caller picks) until it holds what is
 * needed, realloc, and stop the job when memory runs out. Doing it in one
 * place keeps the growth policy, the overflow checks and the message alike.
 *
 * Callers keep their own "is there room?" test in front of the call, so a
 * path that does not grow pays nothing; these functions run when it must.
 * Memory is not zeroed and the previous contents are kept, as realloc does.
 */
#ifndef TORC_ARRAY_H
#define TORC_ARRAY_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "support/fatal.h"

/*
 * The capacity an array of `cap` items grows to so that it holds `need`:
 * `cap` (or `first` when `cap` is 0; `first` must not be 0) doubled until
 * it is at least `need`. `what` names the array in the message if the
 * count overflows.
 */
static inline size_t torc__array_grow_cap(size_t cap, size_t need, size_t first,
                                          const char *what) {
  size_t c = cap ? cap : first;
  while (c < need) {
    if (c > SIZE_MAX / 2)
      TORC_FATAL("out of memory for %s: %zu items", what, need);
    c *= 2;
  }
  return c;
}

/*
 * `items` reallocated to exactly `cap` items of `item_size` bytes (the
 * array may move); stops the job, naming `what`, when memory runs out.
 */
static inline void *torc__array_resize(void *items, size_t cap,
                                       size_t item_size, const char *what) {
  if (item_size != 0 && cap > SIZE_MAX / item_size)
    TORC_FATAL("out of memory for %s: %zu items of %zu bytes", what, cap,
               item_size);
  void *p = realloc(items, cap * item_size);
  if (p == NULL)
    TORC_FATAL("out of memory for %s (%zu bytes)", what, cap * item_size);
  return p;
}

/*
 * `items`, an array with room for `*cap` items of `item_size` bytes, made
 * to hold at least `need`: returned as is when it does, else grown by
 * torc__array_grow_cap and reallocated, with `*cap` updated. Returns the
 * (possibly moved) array.
 */
static inline void *torc__array_reserve(void *items, size_t *cap, size_t need,
                                        size_t item_size, size_t first,
                                        const char *what) {
  if (need <= *cap)
    return items;
  size_t c = torc__array_grow_cap(*cap, need, first, what);
  items = torc__array_resize(items, c, item_size, what);
  *cap = c;
  return items;
}

#endif /* TORC_ARRAY_H */
