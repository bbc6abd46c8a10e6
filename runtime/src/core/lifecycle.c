/* lifecycle.c: starting and stopping the runtime (torc_init, torc_launch,
 * torc_shutdown, torc_abi_main). */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "scheduling/affinity.h"
#include "tasks/blockcache.h"
#include "network/comm.h"
#include "network/broadcast.h"
#include "core/buildid.h"
#include "checkpoint/checkpoint.h"
#include "diagnostics/crash.h"
#include "network/doorbell.h"
#include "diagnostics/exiting.h"
#include "diagnostics/fatal.h"
#include "network/handshake.h"
#include "scheduling/node.h"
#include "diagnostics/progress.h"
#include "tasks/registry.h"
#include "scheduling/scheduler.h"
#include "network/sites.h"
#include "diagnostics/trace.h"
#include "network/transport.h"
#include "scheduling/worker.h"

struct torc__node torc__node;
atomic_int torc__running;
atomic_int torc__started;

/* The life cycle runs on one thread (the program's), so these need no lock;
 * worker and comm threads never read them. */
static enum { OFF, INITED, LAUNCHED, LAUNCH_DONE, SHUT } state;
static int trace_failed;   /* node 0 could not write the TORC_TRACE file */
static int journal_failed; /* this node could not flush its journal */
static int mpi_owned;      /* torc_init started MPI, so shutdown ends it */
static int comm_threaded;  /* torc_launch(NULL) on node 0: comm is a pthread */
static pthread_t comm_thread;
static struct torc__task *adopted; /* that mode's primary, run by the caller */

struct primary_args {
  int (*main_fn)(int, char **);
  void (*void_fn)(void);
  int argc;
  char **argv;
};

static void run_primary(const torc_abi_task *task, void *args,
                        void *const *pointers, void *result) {
  struct primary_args *a = args;
  (void)task;
  (void)pointers;
  int status = 0;
  if (a->main_fn != NULL)
    status = a->main_fn(a->argc, a->argv);
  else if (a->void_fn != NULL)
    a->void_fn();
  memcpy(result, &status, sizeof status);
}

/* The primary task is never sent anywhere, so it is not registered. */
static torc_abi_task primary_desc = {TORC_ABI_VERSION, "torc.primary",
                                     run_primary, NULL,
                                     sizeof(struct primary_args), sizeof(int),
                                     0, -1};

static struct torc__task *make_primary(const struct primary_args *a) {
  struct torc__task *t = torc__task_alloc(&primary_desc, 0, 0, NULL);
  memcpy(t->args, a, sizeof *a);
  t->flags = TORC__T_PRIMARY;
  return t;
}

static const char *lookup_env(const char *name) { return getenv(name); }

/* An error in TORC_MPI_THREAD_LEVEL, reported once MPI is up. */
static char level_error[256];
/* An error in TORC_START_TIMEOUT, reported once the runtime's communicator
 * is up; the handshake waits the default meanwhile. */
static char timeout_error[256];

static int requested_level(void) {
  static const int levels[] = {MPI_THREAD_SINGLE, MPI_THREAD_FUNNELED,
                               MPI_THREAD_SERIALIZED, MPI_THREAD_MULTIPLE};
  int i = 3;
  level_error[0] = '\0';
  if (torc__config_thread_level(lookup_env, &i, level_error,
                                sizeof level_error) != 0)
    i = 3;
  return levels[i];
}

static void start_mpi(int *argc, char ***argv) {
  int inited = 0;
  TORC_MPI(MPI_Initialized(&inited));
  int level = requested_level();
  if (!inited) {
    /* The program's own crash handlers, before MPI adds its own. */
    torc__crash_snapshot();
    TORC_MPI(MPI_Init_thread(argc, argv, level, &torc__node.thread_level));
    mpi_owned = 1;
  } else {
    TORC_MPI(MPI_Query_thread(&torc__node.thread_level));
  }
  int seconds = TORC__START_TIMEOUT_DEFAULT;
  timeout_error[0] = '\0';
  torc__config_start_timeout(lookup_env, &seconds, timeout_error,
                             sizeof timeout_error);
  /* Before the first collective call, which a process that does not run
   * the runtime would never make. */
  torc__handshake(seconds);
  TORC_MPI(MPI_Comm_dup(MPI_COMM_WORLD, &torc__node.comm));
  /* Errors on the runtime's communicator come back to TORC_MPI, which names
   * the call, instead of aborting anonymously. */
  TORC_MPI(MPI_Comm_set_errhandler(torc__node.comm, MPI_ERRORS_RETURN));
  TORC_MPI(MPI_Comm_rank(torc__node.comm, &torc__node.id));
  TORC_MPI(MPI_Comm_size(torc__node.comm, &torc__node.count));
  torc__fatal_set_mpi(1, torc__node.id);
  /* Once per process, even when a program runs the runtime many times. */
  static int noted;
  if (torc__node.thread_level < MPI_THREAD_FUNNELED && torc__node.id == 0 &&
      !noted++)
    fprintf(stderr, "torc: note: MPI granted a thread level below "
                    "MPI_THREAD_FUNNELED; the runtime still calls MPI from "
                    "one thread only\n");
}

static void end_mpi(void) {
  torc__exit_disarm();
  torc__block_release_all();
  TORC_MPI(MPI_Comm_free(&torc__node.comm));
  torc__fatal_set_mpi(0, torc__node.id);
  if (mpi_owned)
    MPI_Finalize();
}

/* Every node learns whether any node failed; the first one says why. */
static void agree_or_exit(int failed, const char *why) {
  int mine = failed ? torc__node.id : INT_MAX, first = INT_MAX;
  TORC_MPI(MPI_Allreduce(&mine, &first, 1, MPI_INT, MPI_MIN, torc__node.comm));
  if (first == INT_MAX)
    return;
  if (first == torc__node.id) {
    fprintf(stderr, "torc: error: %s\n", why);
    fflush(stderr);
  }
  end_mpi();
  exit(1);
}

/* Which of the nodes on this host this one is, and how many there are. */
static void find_host_peers(void) {
  MPI_Comm host;
  TORC_MPI(MPI_Comm_split_type(torc__node.comm, MPI_COMM_TYPE_SHARED,
                               torc__node.id, MPI_INFO_NULL, &host));
  TORC_MPI(MPI_Comm_rank(host, &torc__node.host_rank));
  TORC_MPI(MPI_Comm_size(host, &torc__node.host_nodes));
  TORC_MPI(MPI_Comm_free(&host));
}

/* One worker per core this node may use, its host's cores shared evenly
 * among the host's nodes. */
static int default_workers(void) {
  int w = torc__affinity_cores() / torc__node.host_nodes;
  return w < 1 ? 1 : (w > TORC__MAX_WORKERS ? TORC__MAX_WORKERS : w);
}

static void read_config(void) {
  agree_or_exit(level_error[0] != '\0', level_error);
  agree_or_exit(timeout_error[0] != '\0', timeout_error);
  char err[512] = "";
  int bad = torc__config_read(lookup_env, &torc__node.cfg, err, sizeof err);
  agree_or_exit(bad != 0, err);
  find_host_peers();
  int w = torc__node.cfg.workers ? torc__node.cfg.workers : default_workers();
  int lo = 0, hi = 0;
  TORC_MPI(MPI_Allreduce(&w, &lo, 1, MPI_INT, MPI_MIN, torc__node.comm));
  TORC_MPI(MPI_Allreduce(&w, &hi, 1, MPI_INT, MPI_MAX, torc__node.comm));
  /* Global worker ids assume the same count everywhere; a default that
   * differs between hosts takes the smallest, an explicit one must agree. */
  snprintf(err, sizeof err, "TORC_WORKERS differs between nodes (%d to %d)",
           lo, hi);
  agree_or_exit(torc__node.cfg.workers != 0 && lo != hi && w == hi, err);
  torc__node.nworkers = lo;
}

/* Node 0 creates the trace file now, before any task runs, so that a path
 * that cannot be written ends the run at once instead of after the work;
 * every node learns of it here and exits, so none waits for node 0. */
static void open_trace(void) {
  char err[PATH_MAX + 128] = "";
  int bad = torc__node.id == 0 && torc__node.cfg.trace != NULL &&
            torc__trace_open(torc__node.cfg.trace, err, sizeof err) != 0;
  agree_or_exit(bad, err);
}

/* Every node reads the checkpoint journals and opens its own before any
 * task runs; one that cannot be used stops every node. */
static void open_journal(void) {
  const char *dir = torc__node.cfg.checkpoint;
  char err[2 * PATH_MAX + 256] = "";
  int bad = dir != NULL && torc__checkpoint_begin(dir, torc__node.id,
                                                  torc__build_id(), err,
                                                  sizeof err) != 0;
  agree_or_exit(bad, err);
}

/* Every node compares its task table and its executable with node 0's. On
 * a mismatch, node 0 names the first node that differs and both hosts,
 * since the usual cause is a stale copy of the executable on one host. */
static void check_same_build(void) {
  /* What each node contributes: its task table, then its executable. */
  enum { TABLE, EXECUTABLE, PARTS };
  uint64_t mine[PARTS] = {torc__registry_hash(), torc__build_id()};
  int n = torc__node.count, odd = 0, part = TABLE;
  uint64_t(*all)[PARTS] = malloc((size_t)n * sizeof *all);
  char(*hosts)[MPI_MAX_PROCESSOR_NAME] = malloc((size_t)n * sizeof *hosts);
  char host[MPI_MAX_PROCESSOR_NAME] = "";
  int len = 0;
  if (all == NULL || hosts == NULL)
    TORC_FATAL("out of memory comparing %d builds", n);
  TORC_MPI(MPI_Allgather(mine, PARTS, MPI_UINT64_T, all, PARTS, MPI_UINT64_T,
                         torc__node.comm));
  /* The task tables first: a difference there says more. */
  for (int p = TABLE; p < PARTS && odd == 0; p++)
    for (int i = 1; i < n && odd == 0; i++)
      if (all[i][p] != all[0][p]) {
        odd = i;
        part = p;
      }
  char why[3 * MPI_MAX_PROCESSOR_NAME + 64] = "";
  if (odd != 0) {
    TORC_MPI(MPI_Get_processor_name(host, &len));
    TORC_MPI(MPI_Gather(host, MPI_MAX_PROCESSOR_NAME, MPI_CHAR, hosts,
                        MPI_MAX_PROCESSOR_NAME, MPI_CHAR, 0, torc__node.comm));
    if (torc__node.id == 0)
      snprintf(why, sizeof why, "node %d (%s) runs a different build of the "
               "program than node 0 (%s): the %s differ; copy the same "
               "executable to every host", odd, hosts[odd], hosts[0],
               part == TABLE ? "task tables" : "executables");
  }
  free(all);
  free(hosts);
  agree_or_exit(odd != 0 && torc__node.id == 0, why);
}

static void setup_node(void) {
  int n = torc__node.nworkers;
  size_t bytes = (size_t)n * sizeof(struct torc__worker);
  bytes = (bytes + TORC__CACHE_LINE - 1) & ~(size_t)(TORC__CACHE_LINE - 1);
  torc__node.workers = aligned_alloc(TORC__CACHE_LINE, bytes);
  if (torc__node.workers == NULL)
    TORC_FATAL("out of memory for %d workers", n);
  memset(torc__node.workers, 0, bytes);
  /* A lone worker on the only node has no thieves: neither other workers
   * nor the communication thread, which steals for other nodes. */
  int stealable = n > 1 || torc__node.count > 1;
  for (int i = 0; i < n; i++) {
    struct torc__worker *w = &torc__node.workers[i];
    torc__deque_init(&w->deque, 256, stealable);
    torc__inbox_init(&w->inbox);
    w->local_id = i;
    w->has_thread = 1;
    w->rng = 2654435761u * (unsigned)(torc__node.id * n + i + 1);
  }
  torc__ec_init(&torc__node.work_ec, 0);
  /* Collective: every node reaches setup_node, and before any thread that
   * could ring or sleep starts. */
  torc__doorbell_open(torc__node.comm);
  torc__node.comm_ec = torc__doorbell_mine();
  if (torc__node.comm_ec == NULL) {
    torc__ec_init(&torc__node.comm_ec_private, 0);
    torc__node.comm_ec = &torc__node.comm_ec_private;
  }
  atomic_init(&torc__node.mpi_turn, 0);
  atomic_init(&torc__node.pollers, 0);
  atomic_init(&torc__node.results_awaited, 0);
  /* Workers may make MPI calls, one at a time, when MPI allows it; the
   * node's only peer is itself otherwise. */
  torc__node.workers_poll = torc__node.count > 1 &&
                            torc__node.thread_level >= MPI_THREAD_SERIALIZED;
  atomic_init(&torc__node.idle_workers, 0);
  atomic_init(&torc__node.stealing, torc__node.cfg.stealing);
  atomic_init(&torc__node.hungry_peers, 0);
  atomic_init(&torc__node.stop, 0);
  atomic_init(&torc__node.primary_done, 0);
  pthread_mutex_init(&torc__node.out_lock, NULL);
  torc__node.out_head = torc__node.out_tail = NULL;
  torc__node.spmd_head = NULL;
  memset(&torc__node.comm_stats, 0, sizeof torc__node.comm_stats);
  torc__node.cyclic = 0;
  torc__xport_init(torc__node.comm, torc__node.id, torc__node.count);
  torc__sites_init(torc__node.count);
  torc__comm_prepare();
  /* Alternate stacks: one per worker, one for torc_launch(NULL)'s
   * communication thread, and the last for this thread. */
  torc__crash_install(n + 2);
}

static void teardown_node(void) {
  for (int i = 0; i < torc__node.nworkers; i++) {
    torc__deque_destroy(&torc__node.workers[i].deque);
    torc__inbox_destroy(&torc__node.workers[i].inbox);
  }
  free(torc__node.workers);
  torc__node.workers = NULL;
  pthread_mutex_destroy(&torc__node.out_lock);
  torc__xport_destroy();
  torc__sites_destroy();
  /* The run's last barrier has passed and every thread that rang or slept
   * on a slot has ended; the communicator is freed after this. */
  torc__doorbell_close();
  torc__node.comm_ec = NULL;
}

TORC_API void torc_init(int *argc, char ***argv) {
  if (state != OFF && state != SHUT)
    torc__fatal("torc_init", "called twice");
  /* A program that owns MPI may run the runtime again after a shutdown;
   * once the runtime has finalized MPI, nothing can start it again. */
  int finalized = 0;
  if (state == SHUT && MPI_Finalized(&finalized) == MPI_SUCCESS && finalized)
    torc__fatal("torc_init", "called after torc_shutdown finalized MPI; to "
                "run the runtime more than once, initialize MPI in the "
                "program before the first torc_init");
  start_mpi(argc, argv);
  read_config();
  open_trace();
  torc__globals_seal();
  torc__registry_seal();
  check_same_build();
  open_journal();
  torc__progress_on = torc__node.cfg.progress && torc__node.id == 0;
  setup_node();
  /* Collective, and before any runtime thread starts (they record). */
  torc__trace_start(torc__node.comm, torc__node.nworkers);
  torc__exit_arm();
  state = INITED;
  atomic_store_explicit(&torc__started, 1, memory_order_relaxed);
}

static void begin_launch(const char *call) {
  if (state == OFF)
    torc__fatal(call, "called before torc_init");
  if (state == SHUT)
    torc__fatal(call, "called after torc_shutdown");
  if (state != INITED)
    torc__fatal(call, "called twice; the runtime runs one primary task");
  state = LAUNCHED;
  atomic_store_explicit(&torc__running, 1, memory_order_relaxed);
}

static void end_launch(void) {
  atomic_store_explicit(&torc__running, 0, memory_order_relaxed);
  state = LAUNCH_DONE;
  fflush(stdout);
  torc__progress_stop();
  if (!torc__node.cfg.stats)
    return;
  struct torc__stats sum = torc__node.comm_stats;
  for (int i = 0; i < torc__node.nworkers; i++)
    torc__stats_add(&sum, &torc__node.workers[i].stats);
  uint64_t restored = torc__checkpoint_restored();
  torc__stats_print(torc__node.id, &sum,
                    torc__checkpoint_on ? &restored : NULL);
}

/* Serves tasks on this node (and runs `a` as the primary on node 0) until
 * the run ends; returns the run's status. */
static int run(const struct primary_args *a) {
  if (torc__node.id == 0 && a != NULL)
    torc__node.workers[0].first = make_primary(a);
  torc__progress_start();
  torc__workers_start();
  torc__comm_run();
  end_launch();
  return torc__node.status;
}

static void *comm_main(void *arg) {
  (void)arg;
  torc__crash_thread_enter(torc__node.nworkers);
  torc__comm_run();
  torc__crash_thread_leave();
  return NULL;
}

/* Node 0 of torc_launch(NULL): the caller becomes the primary task on
 * worker 0, and the communication loop moves to its own thread. */
static void adopt_primary(void) {
  if (torc__node.thread_level < MPI_THREAD_SERIALIZED)
    torc__fatal("torc_launch", "torc_launch(NULL) makes MPI calls from a "
                "second thread, which needs MPI_THREAD_SERIALIZED; MPI "
                "granted less, so use torc_launch(fn) instead");
  torc__node.workers[0].has_thread = 0;
  torc__progress_start();
  torc__workers_start();
  if (pthread_create(&comm_thread, NULL, comm_main, NULL) != 0)
    TORC_FATAL("cannot start the communication thread");
  comm_threaded = 1;
  struct primary_args none = {NULL, NULL, 0, NULL};
  adopted = make_primary(&none);
  torc__self = &torc__node.workers[0];
  torc__self->current = adopted;
}

TORC_API void torc_launch(void (*primary)(void)) {
  begin_launch("torc_launch");
  if (primary == NULL && torc__node.id == 0) {
    adopt_primary();
    return;
  }
  struct primary_args a = {NULL, primary, 0, NULL};
  run(primary != NULL ? &a : NULL);
}

/* Node 0 of torc_launch(NULL): the caller's primary task ends here. */
static void end_adopted_primary(void) {
  struct torc__worker *w = torc__self;
  if (!comm_threaded || w != &torc__node.workers[0] || w->current != adopted)
    torc__fatal("torc_shutdown", "called while the run is in progress (from "
                "a task, or on a node other than 0 before torc_launch "
                "returned)");
  torc__worker_wait_children(w, adopted);
  w->current = NULL;
  torc__sched_complete(adopted);
  adopted = NULL;
  torc__self = NULL;
  if (pthread_join(comm_thread, NULL) != 0)
    TORC_FATAL("cannot join the communication thread");
  comm_threaded = 0;
  /* As worker 0 the caller recycled task records into its own block cache,
   * and it may end once torc_shutdown returns: give them back now. */
  torc__block_thread_exit();
  end_launch();
}

/*
 * exit(n) in the primary task (see exiting.h). The primary's worker thread
 * is inside exit: it completes the primary with status n, so that every
 * node shuts down as if main had returned n, and waits here until this
 * node's shutdown has finished MPI; then exit goes on, on that thread, and
 * this thread stops in hand_over_exit. Under `lock`.
 */
static struct {
  pthread_mutex_t lock;
  pthread_cond_t cond;
  int pending, finished;
} exiting = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, 0};

int torc__lifecycle_exit_primary(int status) {
  struct torc__worker *w = torc__self;
  if (w == NULL || w->current == NULL ||
      !(w->current->flags & TORC__T_PRIMARY))
    return 0;
  struct torc__task *t = w->current;
  if (t == adopted) {
    /* torc_launch(NULL): this is the life cycle's own thread. */
    memcpy(t->result, &status, sizeof status);
    torc_shutdown();
    return 1;
  }
  /* Its alternate stack is freed at shutdown, before this thread ends. */
  torc__crash_thread_leave();
  /* As when main returns: children first, their outputs may be in use. */
  torc__worker_wait_children(w, t);
  memcpy(t->result, &status, sizeof status);
  w->current = NULL;
  pthread_mutex_lock(&exiting.lock);
  exiting.pending = 1;
  pthread_mutex_unlock(&exiting.lock);
  /* This thread never returns to the worker loop, so it is not joined;
   * completing the primary publishes that (release) before the
   * communication thread can stop the workers. */
  w->has_thread = 0;
  torc__sched_complete(t);
  pthread_mutex_lock(&exiting.lock);
  while (!exiting.finished)
    pthread_cond_wait(&exiting.cond, &exiting.lock);
  pthread_mutex_unlock(&exiting.lock);
  return 1;
}

/* After shutdown: if the primary called exit, its thread finishes it. */
static void hand_over_exit(void) {
  pthread_mutex_lock(&exiting.lock);
  int pending = exiting.pending;
  exiting.finished = 1;
  pthread_cond_broadcast(&exiting.cond);
  pthread_mutex_unlock(&exiting.lock);
  if (!pending)
    return;
  /* exit(n) is under way on the other thread and ends the process with n;
   * returning would run exit a second time, concurrently. */
  for (;;)
    pause();
}

/* Flushes this node's journal: the run's last records reach the disk. */
static void close_journal(void) {
  char err[PATH_MAX + 128] = "";
  if (torc__checkpoint_end(err, sizeof err) != 0) {
    fprintf(stderr, "torc: error: TORC_CHECKPOINT: %s\n", err);
    journal_failed = 1;
  }
}

TORC_API void torc_shutdown(void) {
  if (state == OFF)
    torc__fatal("torc_shutdown", "called before torc_init");
  if (state == SHUT)
    torc__fatal("torc_shutdown", "called twice");
  if (state == LAUNCHED)
    end_adopted_primary();
  torc__crash_uninstall();
  fflush(stdout);
  atomic_store_explicit(&torc__started, 0, memory_order_relaxed);
  /* No runtime thread records any more, and task ids still have names. */
  trace_failed = torc__trace_finish(torc__node.comm) != 0;
  close_journal();
  teardown_node();
  torc__registry_unseal();
  torc__globals_unseal();
  end_mpi();
  state = SHUT;
  hand_over_exit();
}

TORC_API int torc_abi_main(int argc, char **argv,
                           int (*primary)(int argc, char **argv)) {
  torc_init(&argc, &argv);
  begin_launch("torc_abi_main");
  struct primary_args a = {primary, NULL, argc, argv};
  int status = run(&a);
  torc_shutdown();
  /* A run whose trace or journal was asked for but not written did not
   * succeed. */
  return status == 0 && (trace_failed || journal_failed) ? 1 : status;
}
