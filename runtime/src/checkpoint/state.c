/* state.c: resetting the state of checkpoint/ (state.h). */
#include "checkpoint/state.h"

#include <string.h>

void torc__checkpoint_reset(void) {
  struct torc__checkpoint *c = torc__checkpoint;
  memset(c, 0, sizeof *c);
  c->journal.fd = -1;
  pthread_mutex_init(&c->journal.lock, NULL);
}
