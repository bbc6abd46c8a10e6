/*
 * Doorbells between hosts: choosing the interface from a list as Open
 * MPI's btl_tcp_if_include takes it, and, on every process after the
 * first, a datagram from the process before it waking a sleep that would
 * otherwise last 20 s, while a sleep nobody rings runs to its timeout.
 */
#include <arpa/inet.h>
#include <mpi.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "network/netbell.h"

static uint32_t ip(const char *dotted) {
  struct in_addr a;
  CHECK(inet_pton(AF_INET, dotted, &a) == 1);
  return a.s_addr;
}

static void check_lists(void) {
  uint32_t lo = ip("127.0.0.1"), lan = ip("10.1.2.3");
  CHECK(torc__netbell_listed("lo", "lo", lo));
  CHECK(!torc__netbell_listed("lo", "eth0", lan));
  CHECK(torc__netbell_listed("eth1,eth0", "eth0", lan));
  CHECK(torc__netbell_listed("10.1.0.0/16", "eth0", lan));
  CHECK(!torc__netbell_listed("10.2.0.0/16", "eth0", lan));
  CHECK(torc__netbell_listed("lo,10.0.0.0/8", "eth0", lan));
  CHECK(torc__netbell_listed("0.0.0.0/0", "eth0", lan));
  CHECK(torc__netbell_listed("10.1.2.3/32", "eth0", lan));
  /* Malformed entries match nothing, and spoil nothing after them. */
  CHECK(!torc__netbell_listed("10.1.0.0/40", "eth0", lan));
  CHECK(!torc__netbell_listed("not-an-address/8", "eth0", lan));
  CHECK(torc__netbell_listed("10.x/8,eth0", "eth0", lan));
  CHECK(!torc__netbell_listed("", "eth0", lan));
  CHECK(!torc__netbell_listed(",,", "eth0", lan));
}

int main(int argc, char **argv) {
  check_lists();
  MPI_Init(&argc, &argv);
  int rank, size;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &size);
  torc__netbell_open(MPI_COMM_WORLD, 1);
  CHECK(torc__netbell_mine());
  for (int n = 0; n < size; n++)
    CHECK(torc__netbell_has(n));

  /* Unrung, a sleep lasts its timeout. */
  double start = MPI_Wtime();
  CHECK(torc__netbell_wait(50000000L) == 0);
  CHECK(MPI_Wtime() - start >= 0.045);
  MPI_Barrier(MPI_COMM_WORLD);

  /* Each process rings the next one, which has started its sleep. */
  if (rank + 1 < size) {
    MPI_Recv(NULL, 0, MPI_BYTE, rank + 1, 0, MPI_COMM_WORLD,
             MPI_STATUS_IGNORE);
    torc__netbell_ring(rank + 1);
  }
  if (rank > 0) {
    start = MPI_Wtime();
    MPI_Send(NULL, 0, MPI_BYTE, rank - 1, 0, MPI_COMM_WORLD);
    CHECK(torc__netbell_wait(20000000000L) == 1);
    CHECK(MPI_Wtime() - start < 10.0);
  }
  MPI_Barrier(MPI_COMM_WORLD);
  torc__netbell_close();
  if (rank == 0)
    printf("netbell: ok\n");
  MPI_Finalize();
  return 0;
}
