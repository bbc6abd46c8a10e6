/* spmd.c: running a call on every node's communication thread. */
#include "network/spmd.h"

#include <string.h>

#include "diagnostics/diagnostics.h"
#include "network/comm.h"
#include "network/network.h"
#include "network/remote.h"
#include "network/sites.h"
#include "network/transport.h"
#include "scheduling/scheduling.h"
#include "support/fatal.h"

struct torc__spmd_call {
  struct torc__spmd_call *next; /* under spmd->lock while queued */
  torc_abi_task *desc;
  const torc_abi_site *site; /* the directive, named if the call fails */
  const void *args;
  const torc_abi_buffer *buffers;
  /* Nodes that have not finished the call; the comm thread decrements it
   * (release) and the waiting worker reads it (acquire). */
  atomic_int remaining;
};

/* Runs the call `t`. No worker's `current` names it (the communication
 * thread has no worker), so a scope tells a failure inside it, a crash or
 * exit, which spmd function and directive it was. */
static void call_named(struct torc__task *t) {
  struct torc__failure_scope scope;
  torc__failure_enter(&scope, t, 1, NULL);
  uint64_t trace_start = torc__trace_clock();
  torc__task_call(t);
  torc__trace_spmd(t, trace_start);
  torc__failure_leave(&scope);
}

/* Calls `desc` with the caller's own memory, on the calling thread. */
static void call_here(torc_abi_task *desc, const torc_abi_site *site,
                      const void *args, const torc_abi_buffer *buffers) {
  struct torc__task *t = torc__task_alloc(desc, 0, 0, NULL);
  t->site = site;
  if (desc->args_size)
    memcpy(t->args, args, desc->args_size);
  if (desc->num_buffers)
    memcpy(t->buffers, buffers, desc->num_buffers * sizeof *buffers);
  call_named(t);
  torc__task_free(t);
}

static void node_finished(struct torc__spmd_call *c) {
  if (atomic_fetch_sub_explicit(&c->remaining, 1, memory_order_release) == 1)
    torc__eventcount_notify(&torc__node->work_ec);
}

static int call_finished(void *arg) {
  struct torc__spmd_call *c = arg;
  return atomic_load_explicit(&c->remaining, memory_order_acquire) == 0;
}

TORC_API void torc_abi_spmd(torc_abi_task *task, const torc_abi_site *site,
                            const void *args, const torc_abi_buffer *buffers) {
  struct torc__spmd_state *spmd = &torc__network->spmd;
  if (!atomic_load_explicit(&torc__node->running, memory_order_relaxed)) {
    call_here(task, site, args, buffers);
    return;
  }
  struct torc__worker *w = torc__worker_self;
  if (w == NULL)
    torc__fatal("torc spmd",
                "%s:%u: spmd is called outside a task (spmd "
                "calls cannot nest)",
                torc__site_file(site), torc__site_line(site));
  if (task->id < 0)
    torc__fatal("torc spmd", "task '%s' was never registered", task->name);
  struct torc__spmd_call c = {NULL, task, site, args, buffers, 0};
  atomic_init(&c.remaining, torc__node->count);
  pthread_mutex_lock(&spmd->lock);
  struct torc__spmd_call **p = &spmd->head;
  while (*p != NULL)
    p = &(*p)->next;
  *p = &c;
  pthread_mutex_unlock(&spmd->lock);
  torc__outbox_wake();
  torc__worker_run_until(w, call_finished, &c, w->current);
}

static void start(struct torc__spmd_call *c) {
  for (int dest = 0; dest < torc__node->count; dest++)
    if (dest != torc__node->id)
      torc__remote_send_call(dest, c->desc, c->site, c->args, c->buffers,
                             (uint64_t)(uintptr_t)c);
  /* Every node must see the call before this one blocks in it, in case it
   * contains a collective. */
  torc__transport_flush();
  call_here(c->desc, c->site, c->args, c->buffers);
  node_finished(c);
}

void torc__spmd_receive(struct torc__msg_reader *r, int source) {
  struct torc__spmd_state *spmd = &torc__network->spmd;
  int worker;
  uint32_t flags;
  struct torc__task *t = torc__remote_recv_task(r, source, &worker, &flags);
  t->next = NULL;
  if (spmd->received_tail != NULL)
    spmd->received_tail->next = t;
  else
    spmd->received_head = t;
  spmd->received_tail = t;
  atomic_store_explicit(&spmd->received_any, 1, memory_order_relaxed);
  /* A worker that polls MPI may have received it: the call is the
   * communication thread's to run. */
  torc__outbox_wake();
}

/* Runs a call from another node and tells that node it is done here. */
static void run_received(struct torc__task *t) {
  call_named(t);
  torc__msg_put_value(torc__transport_frame(t->origin_node),
                      TORC__REC_SPMD_DONE, t->origin_handle);
  torc__task_free(t);
}

int torc__spmd_waiting(void) {
  struct torc__spmd_state *spmd = &torc__network->spmd;
  pthread_mutex_lock(&spmd->lock);
  int queued = spmd->head != NULL;
  pthread_mutex_unlock(&spmd->lock);
  return queued ||
         atomic_load_explicit(&spmd->received_any, memory_order_relaxed);
}

int torc__spmd_poll(void) {
  struct torc__spmd_state *spmd = &torc__network->spmd;
  int any = spmd->received_head != NULL;
  atomic_store_explicit(&spmd->received_any, 0, memory_order_relaxed);
  while (spmd->received_head != NULL) {
    struct torc__task *t = spmd->received_head;
    spmd->received_head = t->next;
    if (spmd->received_head == NULL)
      spmd->received_tail = NULL;
    run_received(t);
  }
  pthread_mutex_lock(&spmd->lock);
  struct torc__spmd_call *c = spmd->head;
  spmd->head = NULL;
  pthread_mutex_unlock(&spmd->lock);
  while (c != NULL) {
    struct torc__spmd_call *next = c->next;
    start(c);
    c = next;
    any = 1;
  }
  return any;
}

void torc__spmd_done(uint64_t handle) {
  node_finished((struct torc__spmd_call *)(uintptr_t)handle);
}
