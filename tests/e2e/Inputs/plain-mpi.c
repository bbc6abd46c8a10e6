/* A plain MPI program, which never starts the torc runtime. */
#include <mpi.h>
#include <stdio.h>

int main(int argc, char **argv) {
  MPI_Init(&argc, &argv);
  MPI_Barrier(MPI_COMM_WORLD);
  printf("plain program done\n");
  MPI_Finalize();
  return 0;
}
