/* outbox.c: records leaving this node (outbox.h). */
#include "scheduling/outbox.h"

#include "scheduling/node.h"
#include "scheduling/worker.h"

void torc__outbox_wake(void) { torc__node->outbox.link.wake(); }

void torc__outbox_put(struct torc__task *t) {
  struct torc__outbox *o = &torc__node->outbox;
  torc__inbox_put(&o->queue, t);
  struct torc__worker *w = torc__worker_self;
  if (w != NULL && o->workers_poll)
    w->owes_send = 1;
  else
    o->link.wake();
}

struct torc__task *torc__outbox_take_all(void) {
  return torc__inbox_take_all(&torc__node->outbox.queue);
}

int torc__outbox_nonempty(void) {
  return torc__inbox_nonempty(&torc__node->outbox.queue);
}
