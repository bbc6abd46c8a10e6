/*
 * handshake.h: every process of the job runs the runtime.
 *
 * The runtime's first collective calls would wait forever for a process
 * that never makes them: a plain MPI program launched in the same job
 * (mpirun -np 1 ./a : -np 1 ./b), or one that never starts the runtime.
 * So before any of them, each process tells process 0 of MPI_COMM_WORLD
 * that it runs the runtime, and process 0 answers, by point-to-point
 * messages with a timeout. A process that is not heard from within
 * TORC_START_TIMEOUT seconds is named and the job ends with status 1.
 */
#ifndef TORC_HANDSHAKE_H
#define TORC_HANDSHAKE_H

/* Collective over MPI_COMM_WORLD, right after MPI starts. */
void torc__handshake(int timeout_seconds);

#endif /* TORC_HANDSHAKE_H */
