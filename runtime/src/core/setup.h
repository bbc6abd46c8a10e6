/*
 * setup.h: setting up and tearing down this node's scheduling and network
 * state for a run (setup.c).
 */
#ifndef TORC_SETUP_H
#define TORC_SETUP_H

/* Allocates the workers and sets up this node's scheduling and network
 * state, collectively, before any runtime thread starts. */
void torc__core_setup_node(void);
/* Frees it again, once every runtime thread has ended. */
void torc__core_teardown_node(void);

#endif /* TORC_SETUP_H */
