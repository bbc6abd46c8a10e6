/*
 * affinity.h: which cores the worker threads run on (TORC_BIND).
 *
 * The cores a node may use are those its process is allowed to run on: a
 * host's cores, or what a batch system's cpuset or a launcher such as
 * taskset left it. One exception: Open MPI's mpirun binds each process to
 * one core or socket by default, without knowing that the process starts
 * worker threads. A process asked for more workers than that binding has
 * cores would run them all on one core, so it may use every core of the
 * host instead.
 *
 * With TORC_BIND=cores (the default), the workers are pinned one per core
 * when the workers of all nodes of the host use exactly the cores they may
 * use, each node taking its share by its rank on the host. Left to the
 * scheduler, a worker woken by another is often placed on the waker's core
 * and waits there for the load balancer: a 1x2 fib(40) saw its second
 * worker start about 1 ms late, and ran 8% slower. With fewer workers
 * than cores they are not pinned: a process cannot see the other programs
 * on its host (a batch system may share a host between jobs, each of whose
 * processes believes it is alone), and pinning each one's first worker to
 * the first core would stack them all there. With more workers than cores,
 * they share the cores.
 *
 * With TORC_BIND=none, the runtime leaves every thread's binding as the
 * process has it.
 */
#ifndef TORC_AFFINITY_H
#define TORC_AFFINITY_H

#include <pthread.h>
#include <sched.h>

/* TORC_BIND: whether the runtime places worker threads on cores. */
enum torc__affinity_bind {
  TORC__BIND_CORES, /* `cores`, the default: see above */
  TORC__BIND_NONE   /* `none`: threads keep the binding the process has */
};

/* How many cores this node may use for its workers (at least 1). */
int torc__affinity_cores(void);

/* Where the workers run, decided once before they start. */
struct torc__affinity_plan {
  cpu_set_t usable; /* the cores the workers may use */
  int widen;        /* `usable` is wider than the process binding */
  int pin_base;     /* worker w gets the (pin_base + w)-th usable core, or
                       -1: no pinning */
};

/* Decides where the workers run; `host_rank` and `host_nodes` place this
 * node among the nodes of its host. */
void torc__affinity_plan(struct torc__affinity_plan *p,
                         enum torc__affinity_bind bind, int nworkers,
                         int host_rank, int host_nodes);

/* Applies plan `p` for `worker` to the attributes its thread is created
 * with. */
void torc__affinity_apply(const struct torc__affinity_plan *p,
                          pthread_attr_t *attr, int worker);

#endif /* TORC_AFFINITY_H */
