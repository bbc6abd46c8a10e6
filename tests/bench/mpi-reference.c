/*
 * The physical reference for B4 and B6, in plain MPI between ranks 0 and 1:
 * a round trip of N doubles each way (as B4 moves them), and the round-trip
 * latency of a 64-byte ping-pong.
 *   mpi-reference N ROUNDS    prints "GB/s: R" and "pingpong-us: T"
 */
#include <mpi.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  MPI_Init(&argc, &argv);
  int rank;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  long n = argc > 1 ? atol(argv[1]) : 16L << 20;
  int rounds = argc > 2 ? atoi(argv[2]) : 4;
  double *x = calloc(n, sizeof *x);
  int peer = 1 - rank;
  if (rank < 2) {
    /* Whole messages may exceed an int count, so they go in chunks. */
    const long chunk = 1L << 26;
    MPI_Barrier(MPI_COMM_WORLD);
    double start = MPI_Wtime();
    for (int r = 0; r < rounds; r++) {
      for (int leg = 0; leg < 2; leg++) {
        for (long at = 0; at < n; at += chunk) {
          int count = (int)(n - at < chunk ? n - at : chunk);
          if ((leg == 0) == (rank == 0))
            MPI_Send(x + at, count, MPI_DOUBLE, peer, 0, MPI_COMM_WORLD);
          else
            MPI_Recv(x + at, count, MPI_DOUBLE, peer, 0, MPI_COMM_WORLD,
                     MPI_STATUS_IGNORE);
        }
      }
    }
    double seconds = MPI_Wtime() - start;
    char small[64] = {0};
    const int trips = 10000;
    MPI_Barrier(MPI_COMM_WORLD);
    double ping = MPI_Wtime();
    for (int i = 0; i < trips; i++) {
      if (rank == 0) {
        MPI_Send(small, 64, MPI_CHAR, 1, 1, MPI_COMM_WORLD);
        MPI_Recv(small, 64, MPI_CHAR, 1, 1, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
      } else {
        MPI_Recv(small, 64, MPI_CHAR, 0, 1, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
        MPI_Send(small, 64, MPI_CHAR, 0, 1, MPI_COMM_WORLD);
      }
    }
    ping = MPI_Wtime() - ping;
    if (rank == 0)
      printf("GB/s: %.3f\npingpong-us: %.2f\n",
             2.0 * rounds * n * sizeof(double) / seconds / 1e9,
             ping / trips * 1e6);
  } else {
    MPI_Barrier(MPI_COMM_WORLD);
    MPI_Barrier(MPI_COMM_WORLD);
  }
  free(x);
  MPI_Finalize();
  return 0;
}
