#pragma torc task in(x[0:n]) out(y[0:n])
void saxpy(int n, double a, const double *x, double *y);

void caller(double *u, double *v) {
#pragma torc task
  saxpy(4, 2.0, u, v);
#pragma torc task inout(y[0:2 * n])
  saxpy(4, 2.0, u, v);
}

