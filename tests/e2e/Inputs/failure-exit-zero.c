#include <stdio.h>
#include <stdlib.h>

void leave(int code) { exit(code); }

/* argv: the node that runs the task calling exit, or -1 for main itself;
 * the status to pass to exit. */
int main(int argc, char **argv) {
  int where = argc > 1 ? atoi(argv[1]) : 1;
  int code = argc > 2 ? atoi(argv[2]) : 0;
  printf("started\n");
  if (where < 0)
    leave(code);
#pragma torc task node(where)
  leave(code);
#pragma torc wait
  printf("not reached\n");
  return 0;
}
