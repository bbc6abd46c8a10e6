#include <torc.h>

int main(int argc, char **argv) {
  torc_init(&argc, &argv);
  torc_launch(0);
  torc_shutdown();
  return 0;
}

