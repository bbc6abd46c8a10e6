/*
 * The physical reference for B4 and B10, in plain MPI between ranks 0 and
 * 1: a round trip of N doubles each way (as B4 moves them), and the mean
 * round trip of a 64-byte ping-pong, TRIPS times (B10's tiny task).
 *   mpi-reference N ROUNDS [TRIPS]    prints "GB/s: R", "pingpong-us: T"
 *                                     and "correct: yes" (or "no", with
 *                                     status 1) when the data came back
 */
#include <mpi.h>
#include <stdio.h>
#include <stdlib.h>

/* Whole messages may exceed an int count, so they go in chunks. */
static void send_or_receive(int sending, double *x, long n, int peer) {
  const long chunk = 1L << 26;
  for (long at = 0; at < n; at += chunk) {
    int count = (int)(n - at < chunk ? n - at : chunk);
    if (sending)
      MPI_Send(x + at, count, MPI_DOUBLE, peer, 0, MPI_COMM_WORLD);
    else
      MPI_Recv(x + at, count, MPI_DOUBLE, peer, 0, MPI_COMM_WORLD,
               MPI_STATUS_IGNORE);
  }
}

/* Seconds for ROUNDS round trips of N doubles: rank 0's values go to rank
 * 1 and back, so rank 1 holds them in the end and rank 0 has them back. */
static double round_trips(int rank, double *x, long n, int rounds) {
  MPI_Barrier(MPI_COMM_WORLD);
  double start = MPI_Wtime();
  for (int r = 0; r < rounds; r++)
    for (int leg = 0; leg < 2; leg++)
      send_or_receive((leg == 0) == (rank == 0), x, n, 1 - rank);
  return MPI_Wtime() - start;
}

/* Mean seconds of a 64-byte round trip; rank 1 returns what it got plus
 * one in the first byte, which rank 0 checks. Returns -1 on a wrong one. */
static double ping_pong(int rank, int trips) {
  unsigned char small[64] = {0};
  int wrong = 0;
  MPI_Barrier(MPI_COMM_WORLD);
  double start = MPI_Wtime();
  for (int i = 0; i < trips; i++) {
    if (rank == 0) {
      small[0] = (unsigned char)i;
      MPI_Send(small, 64, MPI_CHAR, 1, 1, MPI_COMM_WORLD);
      MPI_Recv(small, 64, MPI_CHAR, 1, 1, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
      wrong += small[0] != (unsigned char)(i + 1);
    } else {
      MPI_Recv(small, 64, MPI_CHAR, 0, 1, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
      small[0]++;
      MPI_Send(small, 64, MPI_CHAR, 0, 1, MPI_COMM_WORLD);
    }
  }
  double seconds = MPI_Wtime() - start;
  return wrong ? -1 : seconds / trips;
}

int main(int argc, char **argv) {
  MPI_Init(&argc, &argv);
  int rank;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  long n = argc > 1 ? atol(argv[1]) : 16L << 20;
  int rounds = argc > 2 ? atoi(argv[2]) : 4;
  int trips = argc > 3 ? atoi(argv[3]) : 10000;
  int ok = 1;
  if (rank < 2) {
    double *x = malloc(n * sizeof *x);
    for (long i = 0; i < n; i++)
      x[i] = rank == 0 ? (double)i : -1.0;
    double seconds = round_trips(rank, x, n, rounds);
    /* Checked with the clock stopped, on both ranks. */
    for (long i = 0; i < n; i++)
      ok &= x[i] == (double)i;
    double ping = ping_pong(rank, trips);
    ok &= ping >= 0;
    free(x);
    int both = ok;
    MPI_Reduce(&ok, &both, 1, MPI_INT, MPI_LAND, 0, MPI_COMM_WORLD);
    if (rank == 0)
      printf("GB/s: %.3f\npingpong-us: %.2f\ncorrect: %s\n",
             2.0 * rounds * n * sizeof(double) / seconds / 1e9, ping * 1e6,
             both ? "yes" : "no");
    ok = both;
  } else {
    MPI_Barrier(MPI_COMM_WORLD);
    MPI_Barrier(MPI_COMM_WORLD);
    MPI_Reduce(&ok, NULL, 1, MPI_INT, MPI_LAND, 0, MPI_COMM_WORLD);
  }
  MPI_Finalize();
  return rank == 0 && !ok ? 1 : 0;
}
