void scale(int lo, int n, const double *x, double *y, int *z);

void caller(double *a, double *b, int *c) {
#pragma torc task in(x[lo:n]) out(y[:n]) inout(z)
  scale(1, 8, a, b, c);
}

