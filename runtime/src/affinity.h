/*
 * affinity.h: which cores the worker threads run on.
 *
 * mpirun binds each process to a core or a socket by default (Open MPI binds
 * to a core when it starts two processes or fewer). A process asked for
 * more workers than it was bound to cores would then run them all on one
 * core. The workers are what the user asked to run in parallel, so in that
 * case they are allowed every core of the host instead.
 *
 * When the workers of all nodes on the host fit in the cores this process
 * may use, each worker is pinned to a core of its own, spread by the node's
 * rank on the host. Left to the scheduler, a worker woken by another is
 * often placed on the waker's core and waits there for the load balancer:
 * a 1x2 fib(40) saw its second worker start about 1 ms late, and ran 8%
 * slower. When they do not fit, the workers share the allowed cores.
 */
#ifndef TORC_AFFINITY_H
#define TORC_AFFINITY_H

#include <pthread.h>

/* Decides once, before the workers start, where they run; `host_rank` and
 * `host_nodes` place this node among the nodes of its host. */
void torc__affinity_plan(int nworkers, int host_rank, int host_nodes);

/* Applies the plan for `worker` to the attributes its thread is created
 * with. */
void torc__affinity_apply(pthread_attr_t *attr, int worker);

#endif /* TORC_AFFINITY_H */
