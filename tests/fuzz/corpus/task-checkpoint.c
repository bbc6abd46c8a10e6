double step(double x);

void caller(double *y) {
#pragma torc task checkpoint
  *y = step(1.0);
}

