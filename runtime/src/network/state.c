/* state.c: resetting the state of network/ (state.h). */
#include "network/state.h"

#include <string.h>

void torc__network_reset(void) {
  struct torc__network *n = torc__network;
  memset(n, 0, sizeof *n);
  pthread_mutex_init(&n->spmd.lock, NULL);
  n->comm = MPI_COMM_NULL;
  n->transport.comm = MPI_COMM_NULL;
  n->steal.request_to = -1;
  n->doorbell.host = MPI_COMM_NULL;
  n->doorbell.win = MPI_WIN_NULL;
  n->doorbell.on_socket = &n->doorbell.on_socket_here;
  n->netbell.sock = -1;
}
