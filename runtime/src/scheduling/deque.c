/* deque.c: the Chase-Lev deque (see deque.h for the memory-order source). */
#include "scheduling/deque.h"

#include <stdlib.h>

#include "support/fatal.h"

static struct torc__deque_array *array_new(int64_t size,
                                           struct torc__deque_array *older) {
  struct torc__deque_array *a =
      malloc(sizeof *a + (size_t)size * sizeof(_Atomic(void *)));
  if (a == NULL)
    TORC_FATAL("out of memory for a deque of %lld entries", (long long)size);
  a->size = size;
  a->older = older;
  return a;
}

void torc__deque_init(struct torc__deque *d, int64_t initial_size,
                      int stealable) {
  int64_t size = 16;
  while (size < initial_size)
    size *= 2;
  atomic_init(&d->top, 0);
  atomic_init(&d->bottom, 0);
  atomic_init(&d->array, array_new(size, NULL));
  d->stealable = stealable;
}

void torc__deque_destroy(struct torc__deque *d) {
  struct torc__deque_array *a =
      atomic_load_explicit(&d->array, memory_order_relaxed);
  while (a != NULL) {
    struct torc__deque_array *older = a->older;
    free(a);
    a = older;
  }
  atomic_store_explicit(&d->array, NULL, memory_order_relaxed);
}

/* Copies the live range [t, b) into an array twice the size. */
struct torc__deque_array *torc__deque_grow(struct torc__deque *d,
                                           struct torc__deque_array *a,
                                           int64_t t, int64_t b) {
  struct torc__deque_array *n = array_new(a->size * 2, a);
  for (int64_t i = t; i < b; i++) {
    void *x = atomic_load_explicit(&a->slot[i & (a->size - 1)],
                                   memory_order_relaxed);
    atomic_store_explicit(&n->slot[i & (n->size - 1)], x,
                          memory_order_relaxed);
  }
  /* Release: a thief that sees the new array also sees its copied slots. */
  atomic_store_explicit(&d->array, n, memory_order_release);
  return n;
}

void *torc__deque_steal(struct torc__deque *d) {
  int64_t t = atomic_load_explicit(&d->top, memory_order_acquire);
  /* Seq_cst: pairs with take's seq_cst exchange of bottom, so that reading
   * bottom after top cannot see a bottom older than the owner's concurrent
   * decrement. */
  atomic_thread_fence(memory_order_seq_cst);
  int64_t b = atomic_load_explicit(&d->bottom, memory_order_acquire);
  if (t >= b)
    return NULL;
  struct torc__deque_array *a =
      atomic_load_explicit(&d->array, memory_order_acquire);
  void *x = atomic_load_explicit(&a->slot[t & (a->size - 1)],
                                 memory_order_relaxed);
  if (!atomic_compare_exchange_strong_explicit(
          &d->top, &t, t + 1, memory_order_seq_cst, memory_order_relaxed))
    return TORC__DEQUE_ABORT;
  return x;
}

int torc__deque_nonempty(struct torc__deque *d) {
  int64_t t = atomic_load_explicit(&d->top, memory_order_acquire);
  int64_t b = atomic_load_explicit(&d->bottom, memory_order_acquire);
  return b > t;
}
