/* node.c: resetting the scheduling state of this node (node.h). */
#include "scheduling/node.h"

#include <string.h>

void torc__node_reset(void) {
  memset(torc__node, 0, sizeof *torc__node);
  torc__inbox_init(&torc__node->outbox.queue);
}
