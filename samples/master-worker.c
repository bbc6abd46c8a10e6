/*
 * master-worker: the primary task submits four independent tasks and waits
 * for them, torcpy's first example in C. Each task sleeps for a while and
 * squares its input, so the elapsed time shows how many run at once.
 *
 *   torcc -O2 master-worker.c -o master-worker
 *   TORC_WORKERS=1 mpirun -np 2 ./master-worker      # about 2 s
 *   TORC_WORKERS=2 mpirun -np 2 ./master-worker      # about 1 s
 *
 * An optional argument sets the seconds each task sleeps (default 1).
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <torc.h>

double work(double x, double seconds) {
  struct timespec pause = {(time_t)seconds,
                           (long)((seconds - (time_t)seconds) * 1e9)};
  nanosleep(&pause, NULL);
  return x * x;
}

int main(int argc, char **argv) {
  double seconds = argc > 1 ? atof(argv[1]) : 1.0;
  enum { N = 4 };
  double input[N], result[N];
  double start = torc_gettime();

  for (int i = 0; i < N; i++) {
    input[i] = i + 1;
#pragma torc task
    result[i] = work(input[i], seconds);
  }
#pragma torc wait

  for (int i = 0; i < N; i++)
    printf("Received: %.0f^2=%.3f\n", input[i], result[i]);
  fprintf(stderr, "Elapsed time: %.2f s\n", torc_gettime() - start);
  return 0;
}
