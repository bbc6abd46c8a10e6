/*
 * netbell.h: doorbells between hosts, as UDP datagrams.
 *
 * A node whose peers include nodes on other hosts cannot be woken through
 * shared memory (doorbell.h) and would otherwise have to keep polling MPI.
 * Each such node opens a UDP socket on the address of the interface MPI's
 * TCP transport uses (Open MPI's btl_tcp_if_include when it is set, else
 * the first interface that is up and not the loopback, else the loopback),
 * and the nodes exchange addresses at start-up. A quiet node's
 * communication thread then sleeps in poll() on its socket, and a node that
 * sends it a frame rings it with a one-byte datagram.
 *
 * A ring may be lost, or the address unreachable from another host: the
 * sleep has a timeout, so that costs latency, never a hang. Open and close
 * are collective over the runtime's communicator and happen on the life
 * cycle's thread; between them any thread may ring.
 */
#ifndef TORC_NETBELL_H
#define TORC_NETBELL_H

#include <mpi.h>
#include <stdint.h>

/* Opens this node's socket if `wanted`, and learns every node's address;
 * collective. A node that cannot open one goes on without it. */
void torc__netbell_open(MPI_Comm comm, int wanted);

/* Closes the socket; no thread may ring or wait any more. */
void torc__netbell_close(void);

/* Whether this node has a socket to sleep on. */
int torc__netbell_mine(void);

/* Whether `node` has a socket, so that ringing it can wake it. */
int torc__netbell_has(int node);

/* Sends `node` a datagram, if it has a socket. Any thread. */
void torc__netbell_ring(int node);

/* Sleeps until a datagram arrives or `timeout_ns` passes, then drops every
 * datagram waiting; returns 1 if one came. The communication thread only. */
int torc__netbell_wait(long timeout_ns);

/*
 * Whether the comma-separated interface list `list`, as Open MPI's
 * btl_tcp_if_include takes it (names, or a.b.c.d/bits), names the
 * interface `name` whose IPv4 address is `ip` (network byte order).
 */
int torc__netbell_listed(const char *list, const char *name, uint32_t ip);

#endif /* TORC_NETBELL_H */
