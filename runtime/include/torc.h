/*
 * torc.h: the user API of libtorc, the torcc runtime.
 *
 * Programs annotated with `#pragma torc` normally need none of this: torcc
 * turns the pragmas into runtime calls and makes `main` the primary task.
 * These functions are for asking where a task runs, timing, controlling
 * stealing, and for programs that manage the runtime's life cycle
 * themselves.
 *
 * Environment variables, read by torc_init on every node; a bad value stops
 * the run before any work, with one line that names the variable:
 *   TORC_WORKERS=n        worker threads per node (default: the host's
 *                         cores divided by the processes on it)
 *   TORC_STEALING=0       no stealing between nodes (1, the default: on)
 *   TORC_STATS=1          each node prints its task counters at exit
 *   TORC_TRACE=file.json  node 0 writes a Chrome/Perfetto trace of the
 *                         run: each task as a slice on the worker that ran
 *                         it, each transfer between nodes with its bytes,
 *                         and arrows from the node that sends a task to the
 *                         one that runs it. Node 0 creates the file when
 *                         the run starts, so a path that cannot be written
 *                         stops it there; the events are written at
 *                         torc_shutdown. Each run of a program that runs
 *                         the runtime several times rewrites the file.
 *
 * Ids are global unless the name says local. Every query made before the
 * runtime has started, or after it has shut down, answers as a single node
 * with a single worker, so a plain `cc` build of an annotated program that
 * links libtorc still runs sequentially.
 */
#ifndef TORC_H
#define TORC_H

#ifdef __cplusplus
extern "C" {
#endif

#if defined(TORC_BUILDING_RUNTIME)
#define TORC_API __attribute__((visibility("default")))
#else
#define TORC_API
#endif

/* The version of libtorc, as "MAJOR.MINOR.PATCH". */
#define TORC_VERSION "0.1.0"

/* This node's id (its MPI rank), 0 .. torc_num_nodes() - 1. */
TORC_API int torc_node_id(void);

/* The number of nodes (MPI processes) in the run. */
TORC_API int torc_num_nodes(void);

/*
 * The global id of the worker running the caller, 0 ..
 * torc_num_workers() - 1. Worker ids are numbered node by node: node n owns
 * ids n * torc_num_local_workers() onwards. While the runtime runs, a thread
 * that is not a worker (the main thread between torc_init and torc_launch,
 * or code in an spmd call) gets -1; before torc_init and after
 * torc_shutdown the answer is 0, the one worker of a sequential run.
 */
TORC_API int torc_worker_id(void);

/* The number of workers of all nodes together. */
TORC_API int torc_num_workers(void);

/* The id of the calling worker within its node; -1 and 0 as for
 * torc_worker_id. */
TORC_API int torc_local_worker_id(void);

/* The number of workers on each node (TORC_WORKERS). */
TORC_API int torc_num_local_workers(void);

/* Wall-clock seconds from an arbitrary fixed point, for measuring time. */
TORC_API double torc_gettime(void);

/*
 * Stealing between nodes (TORC_STEALING sets the initial state at
 * torc_init; it is on by default). Stealing among the workers of one node is
 * always on. These affect the calling node only: a node with stealing off
 * stops asking others for work, but still gives work to nodes that ask.
 */
TORC_API void torc_enable_stealing(void);
TORC_API void torc_disable_stealing(void);

/*
 * The explicit life cycle, for programs that start in SPMD style.
 *
 * torc_init starts MPI (unless the program already did) and the runtime on
 * every node; it is collective, and code between it and torc_launch runs on
 * every node, SPMD style.
 *
 * torc_launch(fn) runs fn once, on node 0, as the primary task while every
 * other node serves tasks, and returns on every node when fn has returned.
 * torc_launch(NULL) instead makes node 0's caller itself the primary task
 * and returns there at once; on the other nodes it returns only when node 0
 * calls torc_shutdown, and they should then call torc_shutdown too. On
 * node 0 the runtime's MPI traffic then moves to a thread of its own, which
 * needs MPI_THREAD_SERIALIZED or better; with less, the call stops the
 * program with a message saying so.
 *
 * torc_shutdown stops the workers on every node, finalizes MPI if
 * torc_init started it, and is collective.
 *
 * A program that initializes MPI itself may run the runtime again: torc_init
 * after torc_shutdown starts a new run. When torc_init started MPI, its
 * torc_shutdown finalized it, and a further torc_init is an error.
 *
 * A call out of order (launch before init, init twice without a shutdown
 * between, shutdown twice) stops the program with a message naming the
 * call.
 */
TORC_API void torc_init(int *argc, char ***argv);
TORC_API void torc_launch(void (*primary)(void));
TORC_API void torc_shutdown(void);

#ifdef __cplusplus
}
#endif

#endif /* TORC_H */
