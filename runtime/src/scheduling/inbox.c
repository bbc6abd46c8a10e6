/* inbox.c: the locked FIFO that feeds a worker from other threads. */
#include "scheduling/inbox.h"

void torc__inbox_init(struct torc__inbox *q) {
  pthread_mutex_init(&q->lock, NULL);
  q->head = q->tail = NULL;
  atomic_init(&q->count, 0);
}

void torc__inbox_destroy(struct torc__inbox *q) {
  pthread_mutex_destroy(&q->lock);
}

void torc__inbox_put(struct torc__inbox *q, struct torc__task *t) {
  t->next = NULL;
  pthread_mutex_lock(&q->lock);
  if (q->tail != NULL)
    q->tail->next = t;
  else
    q->head = t;
  q->tail = t;
  atomic_store_explicit(&q->count,
                        atomic_load_explicit(&q->count, memory_order_relaxed) +
                            1,
                        memory_order_release);
  pthread_mutex_unlock(&q->lock);
}

struct torc__task *torc__inbox_get_movable(struct torc__inbox *q,
                                           uint32_t keep) {
  if (atomic_load_explicit(&q->count, memory_order_acquire) == 0)
    return NULL;
  pthread_mutex_lock(&q->lock);
  struct torc__task *prev = NULL, *t = q->head;
  while (t != NULL && (t->flags & keep)) {
    prev = t;
    t = t->next;
  }
  if (t != NULL) {
    if (prev != NULL)
      prev->next = t->next;
    else
      q->head = t->next;
    if (q->tail == t)
      q->tail = prev;
    atomic_store_explicit(
        &q->count, atomic_load_explicit(&q->count, memory_order_relaxed) - 1,
        memory_order_release);
  }
  pthread_mutex_unlock(&q->lock);
  return t;
}

struct torc__task *torc__inbox_get(struct torc__inbox *q) {
  return torc__inbox_get_movable(q, 0);
}

struct torc__task *torc__inbox_take_all(struct torc__inbox *q) {
  if (atomic_load_explicit(&q->count, memory_order_acquire) == 0)
    return NULL;
  pthread_mutex_lock(&q->lock);
  struct torc__task *t = q->head;
  q->head = q->tail = NULL;
  atomic_store_explicit(&q->count, 0, memory_order_release);
  pthread_mutex_unlock(&q->lock);
  return t;
}

int torc__inbox_nonempty(struct torc__inbox *q) {
  return atomic_load_explicit(&q->count, memory_order_acquire) > 0;
}
