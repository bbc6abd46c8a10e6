/*
 * network.h: moving work between nodes; the interface of network/ to the
 * life cycle.
 *
 * The communication loop (comm.h) receives frames and acts on their
 * records (remote.h: tasks and results; steal.h: stealing; spmd.h;
 * broadcast.h; sites.h), sends what scheduling queued in the outbox, and
 * carries out the shutdown protocol. Frames travel through transport.h;
 * nodes on one host ring each other's doorbells (doorbell.h), nodes on
 * other hosts their sockets (netbell.h). Its state is torc__network
 * (state.h).
 */
#ifndef TORC_NETWORK_H
#define TORC_NETWORK_H

#include "network/broadcast.h"
#include "network/comm.h"
#include "network/doorbell.h"
#include "network/handshake.h"
#include "network/sites.h"
#include "network/state.h"
#include "network/transport.h"

#endif /* TORC_NETWORK_H */
