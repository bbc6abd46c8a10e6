/* state.c: resetting the state of diagnostics/ (state.h). */
#include "diagnostics/state.h"

#include <string.h>

void torc__diagnostics_reset(void) {
  struct torc__diagnostics *d = torc__diagnostics;
  memset(d, 0, sizeof *d);
  pthread_mutex_init(&d->progress.lock, NULL);
  pthread_cond_init(&d->progress.stop_cond, NULL);
}
