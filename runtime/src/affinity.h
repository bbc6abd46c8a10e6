/*
 * affinity.h: which cores the worker threads may run on.
 *
 * mpirun binds each process to a core or a socket by default (Open MPI binds
 * to a core when it starts two processes or fewer). A process asked for
 * more workers than it was bound to cores would then run them all on one
 * core. The workers are what the user asked to run in parallel, so in that
 * case they are allowed every core of the host instead; a binding with
 * enough cores is left alone.
 */
#ifndef TORC_AFFINITY_H
#define TORC_AFFINITY_H

#include <pthread.h>

/* Decides once, before the workers start, whether they need widening. */
void torc__affinity_plan(int nworkers);

/* Applies the plan to one attribute set used to create worker threads. */
void torc__affinity_apply(pthread_attr_t *attr);

#endif /* TORC_AFFINITY_H */
