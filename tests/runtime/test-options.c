/* Spawn options: node(k) and worker(g) run the task there, local tasks stay
 * on the spawning node and see its memory, and callbacks run on the
 * spawning node, one at a time, all before the wait returns. An optional
 * argument names a placement that is out of range, to check the error. */
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <torc_abi.h>

#include "check.h"

struct place {
  int node, worker;
};

static struct place where(void) {
  struct place p = {torc_node_id(), torc_worker_id()};
  return p;
}

static void where_trampoline(const torc_abi_task *task, void *args,
                             void *const *p, void *result) {
  (void)task;
  (void)args;
  (void)p;
  *(struct place *)result = where();
}

static torc_abi_task where_task = {TORC_ABI_VERSION, "where", where_trampoline,
                                   NULL, 0, sizeof(struct place), 0, -1};

/* A local task: a bare pointer, used as OpenMP would share it. */
struct bump_args {
  atomic_long *counter;
  int by;
};

static void bump_trampoline(const torc_abi_task *task, void *args,
                            void *const *p, void *result) {
  (void)task;
  (void)p;
  struct bump_args *a = args;
  atomic_fetch_add(a->counter, a->by);
  *(int *)result = torc_node_id();
}

static torc_abi_task bump_task = {TORC_ABI_VERSION, "bump", bump_trampoline,
                                  NULL, sizeof(struct bump_args), sizeof(int),
                                  0, -1};

__attribute__((constructor)) static void register_tasks(void) {
  torc_abi_register(&where_task);
  torc_abi_register(&bump_task);
}

static const torc_abi_site site = {"test-options.c", 57};

/* The reduction of the callbacks: no lock, because they never overlap. */
static long total, callbacks_run;
static atomic_int in_callback;

struct add_data {
  struct place *p;
  int weight;
};

static void add_callback(void *data) {
  struct add_data *d = data;
  CHECK(atomic_exchange(&in_callback, 1) == 0);
  CHECK(torc_node_id() == 0);
  total += (long)d->weight * (d->p->node + 1);
  callbacks_run++;
  atomic_store(&in_callback, 0);
}

static void check_placement(void) {
  int nodes = torc_num_nodes(), workers = torc_num_workers();
  struct place by_node[16], by_worker[64];
  for (int k = 0; k < nodes; k++) {
    torc_abi_options o = {0, k, -1, NULL, NULL, 0, NULL};
    torc_abi_spawn(&where_task, &site, NULL, NULL, &by_node[k], NULL, &o);
  }
  for (int g = 0; g < workers; g++) {
    torc_abi_options o = {0, -1, g, NULL, NULL, 0, NULL};
    torc_abi_spawn(&where_task, &site, NULL, NULL, &by_worker[g], NULL, &o);
  }
  torc_abi_wait();
  for (int k = 0; k < nodes; k++)
    CHECK(by_node[k].node == k);
  for (int g = 0; g < workers; g++)
    CHECK(by_worker[g].node == g / torc_num_local_workers());
}

static void check_local(void) {
  atomic_long counter = 0;
  int ran_on[40];
  for (int i = 0; i < 40; i++) {
    struct bump_args a = {&counter, i};
    torc_abi_options o = {TORC_ABI_FLAG_LOCAL, -1, -1, NULL, NULL, 0, NULL};
    torc_abi_spawn(&bump_task, &site, &a, NULL, &ran_on[i], NULL, &o);
  }
  torc_abi_wait();
  CHECK(atomic_load(&counter) == 40 * 39 / 2);
  for (int i = 0; i < 40; i++)
    CHECK(ran_on[i] == 0);
}

static void check_callbacks(void) {
  struct place p[50];
  long expect = 0;
  total = callbacks_run = 0;
  for (int i = 0; i < 50; i++) {
    /* The callback's argument is copied at spawn, so this may change. */
    struct add_data d = {&p[i], i};
    torc_abi_options o = {0, -1, -1, add_callback, &d, sizeof d, NULL};
    torc_abi_spawn(&where_task, &site, NULL, NULL, &p[i], NULL, &o);
  }
  torc_abi_wait();
  CHECK(callbacks_run == 50);
  for (int i = 0; i < 50; i++)
    expect += (long)i * (p[i].node + 1);
  CHECK(total == expect);
}

static int primary(int argc, char **argv) {
  if (argc > 1) {
    struct place p;
    torc_abi_options o = {0, -1, -1, NULL, NULL, 0, NULL};
    if (strcmp(argv[1], "bad-node") == 0)
      o.node = torc_num_nodes();
    else
      o.worker = torc_num_workers() + 5;
    torc_abi_spawn(&where_task, &site, NULL, NULL, &p, NULL, &o);
    torc_abi_wait();
    return 0;
  }
  check_placement();
  check_local();
  check_callbacks();
  printf("options: placement, local and callbacks correct\n");
  return 0;
}

int main(int argc, char **argv) { return torc_abi_main(argc, argv, primary); }
