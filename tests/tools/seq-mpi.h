/*
 * Force-included (-include) into the sequential reference build of a test
 * whose spmd functions call MPI. A plain C build has no runtime to start
 * MPI, so this starts it before main and stops it after, as a single
 * process; the program's own code is unchanged.
 */
#include <mpi.h>

__attribute__((constructor)) static void seq_mpi_start(void) {
  MPI_Init(NULL, NULL);
}

__attribute__((destructor)) static void seq_mpi_stop(void) {
  MPI_Finalize();
}
