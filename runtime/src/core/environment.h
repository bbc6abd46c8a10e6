/*
 * environment.h: starting and ending MPI, reading the environment, and the
 * checks every node agrees on before a run (environment.c).
 */
#ifndef TORC_ENVIRONMENT_H
#define TORC_ENVIRONMENT_H

/* Starts MPI (unless the program did) with the thread level asked for,
 * waits for every process (handshake.h), and makes the runtime's
 * communicator; fills torc__node's identity. */
void torc__core_start_mpi(int *argc, char ***argv);
/* Frees the communicator, and finalizes MPI if torc_init started it. */
void torc__core_end_mpi(void);
/* Reads the environment into torc__core->cfg and agrees with every node on
 * the number of workers; a bad variable ends every node with its line. */
void torc__core_read_config(void);
/* Every node compares its task table and executable with node 0's. */
void torc__core_check_same_build(void);
/* Node 0 creates the TORC_TRACE file before any task runs. */
void torc__core_open_trace(void);
/* Every node reads the checkpoint journals and opens its own. */
void torc__core_open_journal(void);
/* Flushes this node's journal at shutdown. */
void torc__core_close_journal(void);

#endif /* TORC_ENVIRONMENT_H */
