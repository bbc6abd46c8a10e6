#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void own(int sig) {
  static const char msg[] = "own handler\n";
  ssize_t ignored = write(STDOUT_FILENO, msg, sizeof msg - 1);
  (void)ignored;
  _exit(sig == SIGFPE ? 7 : 8);
}

/* Installed before the runtime starts, so the runtime leaves SIGFPE alone. */
__attribute__((constructor)) static void install(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = own;
  sigaction(SIGFPE, &sa, NULL);
}

int divide(int a, int b) {
  volatile int d = b;
  return a / d;
}

int main(void) {
  int r = 0;
#pragma torc task node(1)
  r = divide(1, 0);
#pragma torc wait
  printf("not reached: %d\n", r);
  return 0;
}
