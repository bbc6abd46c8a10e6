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
  char pad_[TORC__CACHE_LINE - sizeof(int64_t) - sizeof(void *)];
};

/* torc__deque_steal's answer when it lost a race; the caller may retry. */
#define TORC__DEQUE_ABORT ((void *)1)

void torc__deque_init(struct torc__deque *d, int64_t initial_size);
void torc__deque_destroy(struct torc__deque *d);

/* Owner only. `item` must not be NULL or TORC__DEQUE_ABORT. */
void torc__deque_push(struct torc__deque *d, void *item);

/* Owner only: the newest item, or NULL when empty. */
void *torc__deque_take(struct torc__deque *d);

/* Any thread: the oldest item, NULL when empty, or TORC__DEQUE_ABORT. */
void *torc__deque_steal(struct torc__deque *d);

/* Any thread: whether the deque looked non-empty at some recent moment. */
int torc__deque_nonempty(struct torc__deque *d);

#endif /* TORC_DEQUE_H */
