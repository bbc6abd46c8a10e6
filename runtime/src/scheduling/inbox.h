/*
 * inbox.h: a locked FIFO of task records. Each worker has one as its
 * inbox, which other threads (the primary's cyclic distribution, the
 * communication thread) append to and any worker of the node may take
 * from; the outbox (outbox.h) is one too.
 */
#ifndef TORC_INBOX_H
#define TORC_INBOX_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

#include "tasks/tasks.h"

struct torc__inbox {
  pthread_mutex_t lock;
  struct torc__task *head, *tail; /* under lock */
  /* Entries, written under lock (release) and read without it (acquire) as
   * a hint that spares taking the lock of an empty inbox. */
  atomic_long count;
};

void torc__inbox_init(struct torc__inbox *q);
void torc__inbox_destroy(struct torc__inbox *q);
void torc__inbox_put(struct torc__inbox *q, struct torc__task *t);
/* The oldest record, or NULL when empty. */
struct torc__task *torc__inbox_get(struct torc__inbox *q);
/* The oldest record with none of the flags in `keep`, or NULL. */
struct torc__task *torc__inbox_get_movable(struct torc__inbox *q,
                                           uint32_t keep);
/* Every record, oldest first, linked through `next`; NULL when empty. */
struct torc__task *torc__inbox_take_all(struct torc__inbox *q);
int torc__inbox_nonempty(struct torc__inbox *q);

#endif /* TORC_INBOX_H */
