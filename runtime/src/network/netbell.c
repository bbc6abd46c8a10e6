/* netbell.c: UDP doorbells between hosts (see netbell.h). */
#include "network/netbell.h"

#include <arpa/inet.h>
#include <errno.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "network/network.h"
#include "support/fatal.h"

/* A node's socket address as exchanged; port 0 means it has none. */
struct address {
  uint32_t ip;   /* network byte order */
  uint16_t port; /* network byte order */
  uint16_t unused;
};

/* Whether the interface entry `spec` (a name, or a.b.c.d/bits) names the
 * interface `name` with address `ip` (network order). */
static int matches(const char *spec, const char *name, uint32_t ip) {
  const char *slash = strchr(spec, '/');
  if (slash == NULL)
    return strcmp(spec, name) == 0;
  char net[INET_ADDRSTRLEN];
  size_t len = (size_t)(slash - spec);
  if (len >= sizeof net)
    return 0;
  memcpy(net, spec, len);
  net[len] = '\0';
  struct in_addr a;
  int bits = atoi(slash + 1);
  if (inet_pton(AF_INET, net, &a) != 1 || bits < 0 || bits > 32)
    return 0;
  uint32_t mask = bits == 0 ? 0 : htonl(~(uint32_t)0 << (32 - bits));
  return (ip & mask) == (a.s_addr & mask);
}

int torc__netbell_listed(const char *list, const char *name, uint32_t ip) {
  char entry[64];
  while (*list != '\0') {
    size_t len = strcspn(list, ",");
    if (len < sizeof entry) {
      memcpy(entry, list, len);
      entry[len] = '\0';
      if (matches(entry, name, ip))
        return 1;
    }
    list += len + (list[len] == ',');
  }
  return 0;
}

/* The IPv4 address to listen on, or 0 if there is none. The interfaces
 * MPI's TCP transport is told to use are the ones known to reach the other
 * hosts. */
static uint32_t choose_address(void) {
  const char *include = getenv("OMPI_MCA_btl_tcp_if_include");
  struct ifaddrs *list;
  if (getifaddrs(&list) != 0)
    return 0;
  uint32_t chosen = 0, loopback = 0;
  for (struct ifaddrs *i = list; i != NULL && chosen == 0; i = i->ifa_next) {
    if (i->ifa_addr == NULL || i->ifa_addr->sa_family != AF_INET ||
        !(i->ifa_flags & IFF_UP))
      continue;
    uint32_t ip = ((struct sockaddr_in *)i->ifa_addr)->sin_addr.s_addr;
    if (include != NULL && *include != '\0') {
      if (torc__netbell_listed(include, i->ifa_name, ip))
        chosen = ip;
    } else if (i->ifa_flags & IFF_LOOPBACK) {
      if (loopback == 0)
        loopback = ip;
    } else {
      chosen = ip;
    }
  }
  freeifaddrs(list);
  return chosen != 0 ? chosen : loopback;
}

/* Opens and binds the socket; returns this node's address, port 0 if not. */
static struct address open_socket(void) {
  struct torc__netbell_state *net = &torc__network->netbell;
  struct address none = {0, 0, 0};
  uint32_t ip = choose_address();
  if (ip == 0)
    return none;
  net->sock = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (net->sock < 0)
    return none;
  struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = ip};
  socklen_t len = sizeof a;
  if (bind(net->sock, (struct sockaddr *)&a, sizeof a) != 0 ||
      getsockname(net->sock, (struct sockaddr *)&a, &len) != 0) {
    close(net->sock);
    net->sock = -1;
    return none;
  }
  return (struct address){a.sin_addr.s_addr, a.sin_port, 0};
}

void torc__netbell_open(MPI_Comm comm, int wanted) {
  struct torc__netbell_state *net = &torc__network->netbell;
  int size;
  TORC_MPI(MPI_Comm_size(comm, &size));
  struct address me = wanted ? open_socket() : (struct address){0, 0, 0};
  struct address *all = malloc((size_t)size * sizeof *all);
  net->peers = calloc((size_t)size, sizeof *net->peers);
  if (all == NULL || net->peers == NULL)
    TORC_FATAL("out of memory");
  TORC_MPI(MPI_Allgather(&me, (int)sizeof me, MPI_BYTE, all, (int)sizeof me,
                         MPI_BYTE, comm));
  for (int n = 0; n < size; n++) {
    net->peers[n].sin_family = AF_INET;
    net->peers[n].sin_addr.s_addr = all[n].ip;
    net->peers[n].sin_port = all[n].port;
  }
  net->npeers = size;
  free(all);
}

void torc__netbell_close(void) {
  struct torc__netbell_state *net = &torc__network->netbell;
  if (net->sock >= 0)
    close(net->sock);
  net->sock = -1;
  free(net->peers);
  net->peers = NULL;
  net->npeers = 0;
}

int torc__netbell_mine(void) { return torc__network->netbell.sock >= 0; }

int torc__netbell_has(int node) {
  struct torc__netbell_state *net = &torc__network->netbell;
  return net->peers != NULL && node < net->npeers &&
         net->peers[node].sin_port != 0;
}

void torc__netbell_ring(int node) {
  struct torc__netbell_state *net = &torc__network->netbell;
  /* Only a node with a socket of its own can send; a full socket buffer
   * already holds a ring, so errors change nothing. */
  if (net->sock < 0 || !torc__netbell_has(node))
    return;
  static const char ring = 1;
  (void)sendto(net->sock, &ring, 1, MSG_DONTWAIT,
               (struct sockaddr *)&net->peers[node], sizeof net->peers[node]);
}

int torc__netbell_wait(long timeout_ns) {
  struct torc__netbell_state *net = &torc__network->netbell;
  struct pollfd p = {.fd = net->sock, .events = POLLIN};
  struct timespec ts = {timeout_ns / 1000000000L, timeout_ns % 1000000000L};
  if (ppoll(&p, 1, &ts, NULL) <= 0)
    return 0;
  char drop[64];
  while (recv(net->sock, drop, sizeof drop, MSG_DONTWAIT) > 0)
    continue;
  return 1;
}
