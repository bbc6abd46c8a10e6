/* environment.c: starting and ending MPI, reading the environment, and
 * what every node agrees on before a run (core.h). */
#include "core/environment.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checkpoint/checkpoint.h"
#include "core/lifecycle.h"
#include "diagnostics/diagnostics.h"
#include "network/network.h"
#include "scheduling/scheduling.h"
#include "support/fatal.h"
#include "tasks/tasks.h"

static const char *lookup_env(const char *name) { return getenv(name); }

static int requested_level(void) {
  static const int levels[] = {MPI_THREAD_SINGLE, MPI_THREAD_FUNNELED,
                               MPI_THREAD_SERIALIZED, MPI_THREAD_MULTIPLE};
  int i = 3;
  torc__core->level_error[0] = '\0';
  if (torc__config_thread_level(lookup_env, &i, torc__core->level_error,
                                sizeof torc__core->level_error) != 0)
    i = 3;
  return levels[i];
}

void torc__core_start_mpi(int *argc, char ***argv) {
  int inited = 0;
  TORC_MPI(MPI_Initialized(&inited));
  int level = requested_level();
  if (!inited) {
    /* The program's own crash handlers, before MPI adds its own. */
    torc__crash_snapshot();
    TORC_MPI(MPI_Init_thread(argc, argv, level, &torc__network->thread_level));
    torc__core->mpi_owned = 1;
  } else {
    TORC_MPI(MPI_Query_thread(&torc__network->thread_level));
  }
  int seconds = TORC__START_TIMEOUT_DEFAULT;
  torc__core->timeout_error[0] = '\0';
  torc__config_start_timeout(lookup_env, &seconds, torc__core->timeout_error,
                             sizeof torc__core->timeout_error);
  /* Before the first collective call, which a process that does not run
   * the runtime would never make. */
  torc__handshake(seconds);
  TORC_MPI(MPI_Comm_dup(MPI_COMM_WORLD, &torc__network->comm));
  /* Errors on the runtime's communicator come back to TORC_MPI, which names
   * the call, instead of aborting anonymously. */
  TORC_MPI(MPI_Comm_set_errhandler(torc__network->comm, MPI_ERRORS_RETURN));
  TORC_MPI(MPI_Comm_rank(torc__network->comm, &torc__node->id));
  TORC_MPI(MPI_Comm_size(torc__network->comm, &torc__node->count));
  torc__fatal_set_mpi(1, torc__node->id);
  /* Once per process, even when a program runs the runtime many times. */
  static int noted;
  if (torc__network->thread_level < MPI_THREAD_FUNNELED &&
      torc__node->id == 0 && !noted++)
    fprintf(stderr, "torc: note: MPI granted a thread level below "
                    "MPI_THREAD_FUNNELED; the runtime still calls MPI from "
                    "one thread only\n");
}

void torc__core_end_mpi(void) {
  torc__exiting_disarm();
  torc__blockcache_release_all();
  TORC_MPI(MPI_Comm_free(&torc__network->comm));
  torc__fatal_set_mpi(0, torc__node->id);
  if (torc__core->mpi_owned)
    MPI_Finalize();
}

/* Every node learns whether any node failed; the first one says why. */
static void agree_or_exit(int failed, const char *why) {
  int mine = failed ? torc__node->id : INT_MAX, first = INT_MAX;
  TORC_MPI(
      MPI_Allreduce(&mine, &first, 1, MPI_INT, MPI_MIN, torc__network->comm));
  if (first == INT_MAX)
    return;
  if (first == torc__node->id) {
    fprintf(stderr, "torc: error: %s\n", why);
    fflush(stderr);
  }
  torc__core_end_mpi();
  exit(1);
}

/* Which of the nodes on this host this one is, and how many there are. */
static void find_host_peers(void) {
  MPI_Comm host;
  TORC_MPI(MPI_Comm_split_type(torc__network->comm, MPI_COMM_TYPE_SHARED,
                               torc__node->id, MPI_INFO_NULL, &host));
  TORC_MPI(MPI_Comm_rank(host, &torc__node->host_rank));
  TORC_MPI(MPI_Comm_size(host, &torc__node->host_nodes));
  TORC_MPI(MPI_Comm_free(&host));
}

/* One worker per core this node may use, its host's cores shared evenly
 * among the host's nodes. */
static int default_workers(void) {
  int w = torc__affinity_cores() / torc__node->host_nodes;
  return w < 1 ? 1 : (w > TORC__MAX_WORKERS ? TORC__MAX_WORKERS : w);
}

void torc__core_read_config(void) {
  agree_or_exit(torc__core->level_error[0] != '\0', torc__core->level_error);
  agree_or_exit(torc__core->timeout_error[0] != '\0',
                torc__core->timeout_error);
  char err[512] = "";
  int bad = torc__config_read(lookup_env, &torc__core->cfg, err, sizeof err);
  agree_or_exit(bad != 0, err);
  find_host_peers();
  int w = torc__core->cfg.workers ? torc__core->cfg.workers : default_workers();
  int lo = 0, hi = 0;
  TORC_MPI(MPI_Allreduce(&w, &lo, 1, MPI_INT, MPI_MIN, torc__network->comm));
  TORC_MPI(MPI_Allreduce(&w, &hi, 1, MPI_INT, MPI_MAX, torc__network->comm));
  /* Global worker ids assume the same count everywhere; a default that
   * differs between hosts takes the smallest, an explicit one must agree. */
  snprintf(err, sizeof err, "TORC_WORKERS differs between nodes (%d to %d)", lo,
           hi);
  agree_or_exit(torc__core->cfg.workers != 0 && lo != hi && w == hi, err);
  torc__node->nworkers = lo;
}

/* Node 0 creates the trace file now, before any task runs, so that a path
 * that cannot be written ends the run at once instead of after the work;
 * every node learns of it here and exits, so none waits for node 0. */
void torc__core_open_trace(void) {
  char err[PATH_MAX + 128] = "";
  int bad = torc__node->id == 0 && torc__core->cfg.trace != NULL &&
            torc__trace_open(torc__core->cfg.trace, err, sizeof err) != 0;
  agree_or_exit(bad, err);
}

/* Every node reads the checkpoint journals and opens its own before any
 * task runs; one that cannot be used stops every node. */
void torc__core_open_journal(void) {
  const char *dir = torc__core->cfg.checkpoint;
  char err[2 * PATH_MAX + 256] = "";
  int bad = dir != NULL &&
            torc__checkpoint_begin(dir, torc__node->id, torc__buildid(), err,
                                   sizeof err) != 0;
  agree_or_exit(bad, err);
}

/* Every node compares its task table and its executable with node 0's. On
 * a mismatch, node 0 names the first node that differs and both hosts,
 * since the usual cause is a stale copy of the executable on one host. */
void torc__core_check_same_build(void) {
  /* What each node contributes: its task table, then its executable. */
  enum { TABLE, EXECUTABLE, PARTS };
  uint64_t mine[PARTS] = {torc__registry_hash(), torc__buildid()};
  int n = torc__node->count, odd = 0, part = TABLE;
  uint64_t(*all)[PARTS] = malloc((size_t)n * sizeof *all);
  char(*hosts)[MPI_MAX_PROCESSOR_NAME] = malloc((size_t)n * sizeof *hosts);
  char host[MPI_MAX_PROCESSOR_NAME] = "";
  int len = 0;
  if (all == NULL || hosts == NULL)
    TORC_FATAL("out of memory comparing %d builds", n);
  TORC_MPI(MPI_Allgather(mine, PARTS, MPI_UINT64_T, all, PARTS, MPI_UINT64_T,
                         torc__network->comm));
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
                        MPI_MAX_PROCESSOR_NAME, MPI_CHAR, 0,
                        torc__network->comm));
    if (torc__node->id == 0)
      snprintf(why, sizeof why,
               "node %d (%s) runs a different build of the "
               "program than node 0 (%s): the %s differ; copy the same "
               "executable to every host",
               odd, hosts[odd], hosts[0],
               part == TABLE ? "task tables" : "executables");
  }
  free(all);
  free(hosts);
  agree_or_exit(odd != 0 && torc__node->id == 0, why);
}

/* Flushes this node's journal: the run's last records reach the disk. */
void torc__core_close_journal(void) {
  char err[PATH_MAX + 128] = "";
  if (torc__checkpoint_end(err, sizeof err) != 0) {
    fprintf(stderr, "torc: error: TORC_CHECKPOINT: %s\n", err);
    torc__core->journal_failed = 1;
  }
}
