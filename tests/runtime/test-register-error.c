/* Registration errors stop the program before main, naming the task:
 * TEST_REGISTER=version registers a descriptor of another ABI version,
 * TEST_REGISTER=layout one name with two different layouts. */
#include <stdlib.h>
#include <string.h>
#include <torc_abi.h>

#include "check.h"

static void nothing(const torc_abi_task *task, void *args,
                    void *const *p, void *result) {
  (void)task;
  (void)args;
  (void)p;
  (void)result;
}

static torc_abi_task stale = {TORC_ABI_VERSION + 1, "stale_task", nothing, NULL,
                              0, 0, 0, -1};
static torc_abi_task first = {TORC_ABI_VERSION, "shared_task", nothing, NULL, 8,
                              0, 1, -1};
static torc_abi_task second = {TORC_ABI_VERSION, "shared_task", nothing, NULL,
                               16, 0, 1, -1};
static torc_abi_task same = {TORC_ABI_VERSION, "shared_task", nothing, NULL, 8,
                             0, 1, -1};

__attribute__((constructor)) static void register_tasks(void) {
  const char *mode = getenv("TEST_REGISTER");
  torc_abi_register(&first);
  torc_abi_register(&same); /* same name, same layout: one task */
  torc_abi_register(&first);
  if (mode && strcmp(mode, "version") == 0)
    torc_abi_register(&stale);
  if (mode && strcmp(mode, "layout") == 0)
    torc_abi_register(&second);
}

static int primary(int argc, char **argv) {
  (void)argc;
  (void)argv;
  CHECK(first.id == same.id && first.id >= 0);
  printf("registered: ok\n");
  return 0;
}

int main(int argc, char **argv) { return torc_abi_main(argc, argv, primary); }
