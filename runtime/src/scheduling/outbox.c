/* outbox.c: records leaving this node (outbox.h). */
#include "scheduling/outbox.h"

#include "scheduling/node.h"
#include "scheduling/worker.h"

void torc__outbox_wake(void) { torc__node.outbox.link.wake(); }

void torc__outbox_put(struct torc__task *t) {
  struct torc__outbox *o = &torc__node.outbox;
  t->next = NULL;
  pthread_mutex_lock(&o->lock);
  if (o->tail != NULL)
    o->tail->next = t;
  else
    o->head = t;
  o->tail = t;
  pthread_mutex_unlock(&o->lock);
  struct torc__worker *w = torc__worker_self;
  if (w != NULL && o->workers_poll)
    w->owes_send = 1;
  else
    o->link.wake();
}

struct torc__task *torc__outbox_take_all(void) {
  struct torc__outbox *o = &torc__node.outbox;
  pthread_mutex_lock(&o->lock);
  struct torc__task *t = o->head;
  o->head = o->tail = NULL;
  pthread_mutex_unlock(&o->lock);
  return t;
}

int torc__outbox_nonempty(void) {
  struct torc__outbox *o = &torc__node.outbox;
  pthread_mutex_lock(&o->lock);
  int queued = o->head != NULL;
  pthread_mutex_unlock(&o->lock);
  return queued;
}
