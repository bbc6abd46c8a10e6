/* registry.c: registration and numbering of task descriptors. */
#include "tasks/registry.h"

#include <string.h>

#include "support/fatal.h"
#include "support/hash.h"
#include "support/names.h"

/* Filled by the generated code's constructors before main, so it lives as
 * long as the process; a shutdown only unseals it. */
static struct torc__names tasks = TORC__NAMES_INIT("task");

static void check_same(const torc_abi_task *a, const torc_abi_task *b) {
  if (a->args_size != b->args_size || a->result_size != b->result_size ||
      a->num_buffers != b->num_buffers)
    torc__fatal("torc_abi_register",
                "task '%s' is registered twice with different layouts "
                "(argument block %zu vs %zu bytes, result %zu vs %zu bytes, "
                "%u vs %u buffers); rebuild every file with the same torcc",
                a->name, a->args_size, b->args_size, a->result_size,
                b->result_size, a->num_buffers, b->num_buffers);
}

TORC_API void torc_abi_register(torc_abi_task *task) {
  if (task == NULL || task->name == NULL)
    torc__fatal("torc_abi_register", "a task descriptor without a name");
  if (task->abi_version != TORC_ABI_VERSION)
    torc__fatal("torc_abi_register",
                "task '%s' was generated for ABI version %u, but this "
                "runtime implements version %d; retranslate it with a "
                "matching torcc",
                task->name, task->abi_version, TORC_ABI_VERSION);
  torc_abi_task *same = torc__names_add(&tasks, "torc_abi_register",
                                        task->name, task, &task->id);
  if (same != NULL)
    check_same(same, task);
}

void torc__registry_seal(void) { torc__names_seal(&tasks); }

void torc__registry_unseal(void) { torc__names_unseal(&tasks); }

const torc_abi_task *torc__registry_get(uint32_t id) {
  return torc__names_get(&tasks, id);
}

/* The names and layouts, in id order. */
uint64_t torc__registry_hash(void) {
  uint64_t h = TORC__HASH_START;
  for (uint32_t i = 0; i < tasks.ids; i++) {
    const torc_abi_task *t = torc__names_get(&tasks, i);
    h = torc__hash(h, t->name, strlen(t->name));
    uint64_t sizes[3] = {t->args_size, t->result_size, t->num_buffers};
    h = torc__hash(h, sizes, sizeof sizes);
  }
  return h;
}
