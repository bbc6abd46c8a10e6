/*
 * sweep: a parameter sweep that survives being killed. Each task simulates
 * a damped oscillator driven at one frequency and records how far it swings
 * once it has settled; the program prints the resonance curve and its peak.
 * The loop is checkpointed, so with TORC_CHECKPOINT a run that is killed
 * (by a batch system's time limit, a crash, Ctrl-C) resumes where it
 * stopped: the rerun restores every point already computed from the
 * journal and computes only the rest.
 *
 *   torcc -O2 sweep.c -o sweep -lm
 *   TORC_CHECKPOINT=ckpt TORC_PROGRESS=1 mpirun -np 2 ./sweep    # Ctrl-C halfway
 *   TORC_CHECKPOINT=ckpt TORC_PROGRESS=1 mpirun -np 2 ./sweep    # finishes the rest
 *
 * Arguments: the number of frequencies (default 400) and the time steps
 * per simulation (default 2000000; each point then takes about 20 ms).
 * The printed curve is the same whether the run was interrupted or not.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

enum { SAMPLES = 8 };

/* Integrates x'' + 2 zeta x' + x = cos(w t) from rest and returns the
 * largest |x| over the last quarter of the run; `tail` receives SAMPLES
 * positions spread over that quarter. */
#pragma torc task out(tail[0:SAMPLES])
double amplitude(double w, double zeta, long steps, double *tail) {
  const double dt = 1e-3;
  double x = 0, v = 0, peak = 0;
  long settle = steps - steps / 4, every = steps / 4 / SAMPLES + 1;
  for (long i = 0; i < steps; i++) {
    double a = cos(w * (double)i * dt) - 2 * zeta * v - x;
    v += a * dt;
    x += v * dt;
    if (i >= settle) {
      if (fabs(x) > peak)
        peak = fabs(x);
      if ((i - settle) % every == 0 && (i - settle) / every < SAMPLES)
        tail[(i - settle) / every] = x;
    }
  }
  return peak;
}

int main(int argc, char **argv) {
  int points = argc > 1 ? atoi(argv[1]) : 400;
  long steps = argc > 2 ? atol(argv[2]) : 2000000;
  if (points < 2 || steps < 4) {
    fprintf(stderr, "usage: sweep [frequencies >= 2 [steps >= 4]]\n");
    return 2;
  }
  double *peak = malloc(points * sizeof *peak);
  double(*tail)[SAMPLES] = malloc(points * sizeof *tail);
  if (peak == NULL || tail == NULL)
    return 1;

#pragma torc parallel for checkpoint
  for (int k = 0; k < points; k++)
    peak[k] = amplitude(0.5 + 1.0 * k / (points - 1), 0.05, steps, tail[k]);

  int best = 0;
  double checksum = 0;
  for (int k = 0; k < points; k++) {
    if (peak[k] > peak[best])
      best = k;
    for (int s = 0; s < SAMPLES; s++)
      checksum += tail[k][s];
  }
  for (int k = 0; k < points; k += (points + 9) / 10)
    printf("w = %.3f  amplitude %8.4f\n", 0.5 + 1.0 * k / (points - 1),
           peak[k]);
  printf("resonance at w = %.4f, amplitude %.4f; checksum %.9f\n",
         0.5 + 1.0 * best / (points - 1), peak[best], checksum);
  free(peak);
  free(tail);
  return 0;
}
