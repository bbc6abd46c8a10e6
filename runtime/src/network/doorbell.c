/* doorbell.c: waking another node's communication thread: one shared
 * eventcount per node of a host, and datagrams (netbell.h) for nodes of
 * other hosts and nodes asleep on their sockets (see doorbell.h). */
#include "network/doorbell.h"

#include <stdint.h>
#include <stdlib.h>

#include "network/netbell.h"
#include "network/network.h"
#include "support/clock.h"
#include "support/fatal.h"

/* A node on another host is rung by datagram when this node has heard
 * nothing from it for SILENT_NS: only then may it sleep on its socket,
 * which it does after SOCKET_AFTER of doing nothing (comm.c), longer than
 * this plus a frame's flight. At most one ring per RING_GAP_NS. */
#define SILENT_NS 1000000L
#define RING_GAP_NS 1000000L

/* A node's eventcount, whether its owner asks not to be rung, and whether
 * it sleeps on its socket (netbell.h) rather than on the eventcount. */
struct torc__doorbell_slot {
  struct torc__eventcount ec;
  _Atomic uint32_t muted;
  _Atomic uint32_t on_socket;
};

/* Whether every process of `c` says yes. */
static int all_agree(int yes, MPI_Comm c) {
  int all = 0;
  TORC_MPI(MPI_Allreduce(&yes, &all, 1, MPI_INT, MPI_MIN, c));
  return all;
}

/* MPI aligns a rank's part of the window to 8 bytes only (Open MPI puts
 * it after a header), so each part holds two slots' worth of bytes and the
 * slot is its first cache-line boundary. The mapping is page-aligned in
 * every process, so every process finds the same boundary. */
#define PART_BYTES (2 * sizeof(struct torc__doorbell_slot))

static struct torc__doorbell_slot *slot_in(void *part) {
  uintptr_t a = ((uintptr_t)part + _Alignof(struct torc__doorbell_slot) - 1) &
                ~(uintptr_t)(_Alignof(struct torc__doorbell_slot) - 1);
  return (struct torc__doorbell_slot *)a;
}

/* Plain loads and C11 atomics on the window are only sound when its memory
 * model is unified (one copy that every process sees). */
static int usable(void) {
  struct torc__doorbell_state *bell = &torc__network->doorbell;
  int *model = NULL, found = 0;
  TORC_MPI(MPI_Win_get_attr(bell->win, MPI_WIN_MODEL, &model, &found));
  return found && *model == MPI_WIN_UNIFIED;
}

/* Finds every node's slot through its rank on this host. */
static void map_slots(MPI_Comm comm, int size) {
  struct torc__doorbell_state *bell = &torc__network->doorbell;
  MPI_Group all, host_group;
  int *ranks = malloc((size_t)size * sizeof *ranks);
  int *local = malloc((size_t)size * sizeof *local);
  if (ranks == NULL || local == NULL)
    TORC_FATAL("out of memory");
  for (int i = 0; i < size; i++)
    ranks[i] = i;
  TORC_MPI(MPI_Comm_group(comm, &all));
  TORC_MPI(MPI_Comm_group(bell->host, &host_group));
  TORC_MPI(MPI_Group_translate_ranks(all, size, ranks, host_group, local));
  bell->covers_all = 1;
  int here = 0;
  for (int i = 0; i < size; i++) {
    if (local[i] == MPI_UNDEFINED) {
      bell->covers_all = 0;
      continue;
    }
    here++;
    MPI_Aint bytes;
    int unit;
    void *part;
    TORC_MPI(MPI_Win_shared_query(bell->win, local[i], &bytes, &unit, &part));
    bell->slots[i] = slot_in(part);
  }
  bell->rung_by_others = here > 1;
  TORC_MPI(MPI_Group_free(&all));
  TORC_MPI(MPI_Group_free(&host_group));
  free(ranks);
  free(local);
}

/* The shared window of this host's nodes; leaves `slots` NULL for nodes
 * of other hosts, and every slot NULL when MPI cannot make the window. */
static void open_window(MPI_Comm comm, int rank, int size) {
  struct torc__doorbell_state *bell = &torc__network->doorbell;
  TORC_MPI(MPI_Comm_split_type(comm, MPI_COMM_TYPE_SHARED, rank, MPI_INFO_NULL,
                               &bell->host));
  /* Not TORC_MPI: an MPI without shared windows only costs the doorbells.
   * The host communicator inherits MPI_ERRORS_RETURN from `comm`. */
  void *part = NULL;
  int rc = MPI_Win_allocate_shared((MPI_Aint)PART_BYTES, 1, MPI_INFO_NULL,
                                   bell->host, &part, &bell->win);
  if (rc != MPI_SUCCESS)
    bell->win = MPI_WIN_NULL;
  int got = all_agree(rc == MPI_SUCCESS, bell->host);
  if (!got && rc == MPI_SUCCESS)
    TORC_FATAL("MPI made the host's shared window on some nodes only");
  if (got && !all_agree(usable(), bell->host))
    TORC_MPI(MPI_Win_free(&bell->win));
  if (bell->win == MPI_WIN_NULL)
    return;
  map_slots(comm, size);
  bell->mine = bell->slots[rank];
  torc__eventcount_init(&bell->mine->ec, 1);
  atomic_init(&bell->mine->muted, 0);
  atomic_init(&bell->mine->on_socket, 0);
  bell->on_socket = &bell->mine->on_socket;
  /* No node rings before every slot of the host is initialised. */
  TORC_MPI(MPI_Barrier(bell->host));
}

void torc__doorbell_open(MPI_Comm comm) {
  struct torc__doorbell_state *bell = &torc__network->doorbell;
  int rank, size;
  TORC_MPI(MPI_Comm_rank(comm, &rank));
  TORC_MPI(MPI_Comm_size(comm, &size));
  bell->self = rank;
  bell->slots = calloc((size_t)size, sizeof *bell->slots);
  bell->last_heard = calloc((size_t)size, sizeof *bell->last_heard);
  bell->last_rung = calloc((size_t)size, sizeof *bell->last_rung);
  if (bell->slots == NULL || bell->last_heard == NULL ||
      bell->last_rung == NULL)
    TORC_FATAL("out of memory");
  bell->covers_all = 0;
  atomic_init(&bell->on_socket_here, 0);
  bell->on_socket = &bell->on_socket_here;
  open_window(comm, rank, size);
  /* Collective; only a node that hears from another host needs a socket. */
  if (size > 1)
    torc__netbell_open(comm, !bell->covers_all);
}

void torc__doorbell_close(void) {
  struct torc__doorbell_state *bell = &torc__network->doorbell;
  bell->on_socket = &bell->on_socket_here;
  if (bell->win != MPI_WIN_NULL)
    TORC_MPI(MPI_Win_free(&bell->win));
  if (bell->host != MPI_COMM_NULL)
    TORC_MPI(MPI_Comm_free(&bell->host));
  torc__netbell_close();
  free(bell->slots);
  free(bell->last_heard);
  free(bell->last_rung);
  /* Nothing points into the freed window or arrays any more. */
  bell->slots = NULL;
  bell->last_heard = bell->last_rung = NULL;
  bell->mine = NULL;
  bell->covers_all = 0;
  bell->rung_by_others = 0;
}

struct torc__eventcount *torc__doorbell_mine(void) {
  struct torc__doorbell_state *bell = &torc__network->doorbell;
  return bell->mine != NULL ? &bell->mine->ec : NULL;
}

void torc__doorbell_mute(int on) {
  struct torc__doorbell_state *bell = &torc__network->doorbell;
  /* Relaxed: a ringer that reads a stale value either rings needlessly or
   * skips a ring that the owner's next timed wake-up makes up for. */
  if (bell->mine != NULL)
    atomic_store_explicit(&bell->mine->muted, (uint32_t)on,
                          memory_order_relaxed);
}

int torc__doorbell_covers_all(void) {
  return torc__network->doorbell.covers_all;
}

int torc__doorbell_rung_by_others(void) {
  return torc__network->doorbell.rung_by_others;
}

int torc__doorbell_socket_sleep(void) {
  struct torc__doorbell_state *bell = &torc__network->doorbell;
  return !bell->covers_all && torc__netbell_mine();
}

void torc__doorbell_on_socket(int on) {
  struct torc__doorbell_state *bell = &torc__network->doorbell;
  /* Seq_cst, and the fence: the caller's recheck comes after the flag is
   * visible, and a ringer's fence comes before its read of it, so either
   * the recheck sees the ringer's work or the ringer sends a datagram. */
  atomic_store_explicit(bell->on_socket, (uint32_t)on, memory_order_seq_cst);
  atomic_thread_fence(memory_order_seq_cst);
}

int torc__doorbell_socket_sleeper(void) {
  struct torc__doorbell_state *bell = &torc__network->doorbell;
  return atomic_load_explicit(bell->on_socket, memory_order_relaxed) != 0;
}

void torc__doorbell_wake_mine(void) {
  struct torc__doorbell_state *bell = &torc__network->doorbell;
  /* After the caller's notify of this node's eventcount, whose fence
   * orders its work before this load. */
  if (atomic_load_explicit(bell->on_socket, memory_order_relaxed))
    torc__netbell_ring(bell->self);
}

void torc__doorbell_heard(int node) {
  struct torc__doorbell_state *bell = &torc__network->doorbell;
  if (bell->last_heard != NULL && bell->slots[node] == NULL)
    bell->last_heard[node] = torc__clock_now_ns();
}

/* A node of another host, rung by datagram if it has been silent long
 * enough to be asleep. */
static void ring_far(int node) {
  struct torc__doorbell_state *bell = &torc__network->doorbell;
  if (!torc__netbell_has(node))
    return;
  int64_t now = torc__clock_now_ns();
  if (now - bell->last_heard[node] < SILENT_NS ||
      now - bell->last_rung[node] < RING_GAP_NS)
    return;
  bell->last_rung[node] = now;
  torc__netbell_ring(node);
}

void torc__doorbell_ring(int node) {
  struct torc__doorbell_state *bell = &torc__network->doorbell;
  /* Without open (unit tests drive the transport alone) nobody has a slot. */
  if (bell->slots == NULL)
    return;
  struct torc__doorbell_slot *slot = bell->slots[node];
  if (slot == NULL) {
    ring_far(node);
    return;
  }
  if (atomic_load_explicit(&slot->muted, memory_order_relaxed))
    return;
  torc__eventcount_notify(&slot->ec);
  if (atomic_load_explicit(&slot->on_socket, memory_order_relaxed))
    torc__netbell_ring(node);
}
