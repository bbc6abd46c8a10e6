/*
 * deque.h: the Chase-Lev work-stealing deque of one worker.
 *
 * The owner pushes and takes at the bottom; any other thread steals from the
 * top. The memory orders follow Lê, Pop, Cohen and Zappa Nardelli, "Correct
 * and Efficient Work-Stealing for Weak Memory Models" (PPoPP 2013). The
 * array grows when full; replaced arrays stay allocated until the deque is
 * destroyed, because a thief may still be reading one.
 */
#ifndef TORC_DEQUE_H
#define TORC_DEQUE_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#define TORC__CACHE_LINE 64

struct torc__deque_array {
  int64_t size; /* a power of two */
  struct torc__deque_array *older; /* the array this one replaced */
  _Atomic(void *) slot[];
};

struct torc__deque {
  /* Written by thieves (CAS) and by the owner's take of the last element. */
  _Alignas(TORC__CACHE_LINE) _Atomic int64_t top;
  /* Written by the owner only; thieves read it. */
  _Alignas(TORC__CACHE_LINE) _Atomic int64_t bottom;
  /* Replaced by the owner only (release); thieves read it with acquire. */
  _Atomic(struct torc__deque_array *) array;
  /* Zero when no other thread ever steals from this deque (one worker on
   * the only node); set before the owner starts. */
  int stealable;
  char pad_[TORC__CACHE_LINE - sizeof(int64_t) - sizeof(void *) -
            sizeof(int)];
};

/* torc__deque_steal's answer when it lost a race; the caller may retry. */
#define TORC__DEQUE_ABORT ((void *)1)

/* `stealable`: whether any thread but the owner may ever steal. */
void torc__deque_init(struct torc__deque *d, int64_t initial_size,
                      int stealable);
void torc__deque_destroy(struct torc__deque *d);

/* Owner only: replaces a full array with one twice the size; returns it. */
struct torc__deque_array *torc__deque_grow(struct torc__deque *d,
                                           struct torc__deque_array *a,
                                           int64_t t, int64_t b);

/*
 * Push and take are inline: they run once per task on the spawning
 * worker, and a call across translation units costs as much as their body.
 */

/* Owner only. `item` must not be NULL or TORC__DEQUE_ABORT. */
static inline void torc__deque_push(struct torc__deque *d, void *item) {
  int64_t b = atomic_load_explicit(&d->bottom, memory_order_relaxed);
  int64_t t = atomic_load_explicit(&d->top, memory_order_acquire);
  struct torc__deque_array *a =
      atomic_load_explicit(&d->array, memory_order_relaxed);
  if (__builtin_expect(b - t > a->size - 1, 0))
    a = torc__deque_grow(d, a, t, b);
  atomic_store_explicit(&a->slot[b & (a->size - 1)], item,
                        memory_order_relaxed);
  /* Release: a thief that sees the new bottom also sees the item and the
   * record behind it. A release store rather than the paper's release fence
   * and relaxed store: the same instructions, and ThreadSanitizer, which
   * does not model fences, can then see the ordering. */
  atomic_store_explicit(&d->bottom, b + 1, memory_order_release);
}

/* Owner only: the newest item, or NULL when empty. */
static inline void *torc__deque_take(struct torc__deque *d) {
  int64_t b = atomic_load_explicit(&d->bottom, memory_order_relaxed) - 1;
  struct torc__deque_array *a =
      atomic_load_explicit(&d->array, memory_order_relaxed);
  if (!d->stealable) {
    /* Nobody races the owner: no locked instruction, which is a fifth of
     * a task's overhead when one worker runs alone. */
    if (atomic_load_explicit(&d->top, memory_order_relaxed) > b)
      return NULL;
    atomic_store_explicit(&d->bottom, b, memory_order_relaxed);
    return atomic_load_explicit(&a->slot[b & (a->size - 1)],
                                memory_order_relaxed);
  }
  /* Seq_cst: the lowered bottom must be visible before reading top, so that
   * the owner and a thief cannot both take the last item. An exchange
   * rather than the paper's relaxed store and seq_cst fence: on x86 it is
   * one locked instruction instead of a store and an mfence, and cheaper.
   * The load of top is seq_cst for the same pairing with the thieves'
   * fence, and is a plain load on x86. */
  atomic_exchange_explicit(&d->bottom, b, memory_order_seq_cst);
  int64_t t = atomic_load_explicit(&d->top, memory_order_seq_cst);
  if (t > b) {
    atomic_store_explicit(&d->bottom, b + 1, memory_order_relaxed);
    return NULL;
  }
  void *x = atomic_load_explicit(&a->slot[b & (a->size - 1)],
                                 memory_order_relaxed);
  if (t == b) {
    /* The last item: race the thieves for it through top. */
    if (!atomic_compare_exchange_strong_explicit(
            &d->top, &t, t + 1, memory_order_seq_cst, memory_order_relaxed))
      x = NULL;
    atomic_store_explicit(&d->bottom, b + 1, memory_order_relaxed);
  }
  return x;
}

/* Any thread: the oldest item, NULL when empty, or TORC__DEQUE_ABORT. */
void *torc__deque_steal(struct torc__deque *d);

/* Any thread: whether the deque looked non-empty at some recent moment. */
int torc__deque_nonempty(struct torc__deque *d);

#endif /* TORC_DEQUE_H */
