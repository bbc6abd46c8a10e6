/* Code for torcc's build only: MPI is there, and so is the macro. */
#ifdef __TORCC__
#include <mpi.h>

int rank(void) {
  int r;
  MPI_Comm_rank(MPI_COMM_WORLD, &r);
  return r;
}
#endif

int main(void) { return 0; }
