/* state.c: the state of checkpoint/ (state.h). */
#include "checkpoint/state.h"

#include <string.h>

struct torc__checkpoint torc__checkpoint;

void torc__checkpoint_reset(void) {
  memset(&torc__checkpoint, 0, sizeof torc__checkpoint);
  torc__checkpoint.journal.fd = -1;
  pthread_mutex_init(&torc__checkpoint.journal.lock, NULL);
}
