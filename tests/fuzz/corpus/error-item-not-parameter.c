void scale(int n, const double *x, double *y);
void f(double *a, double *b) {
#pragma torc task in(x[0:n]) out(z[0:n])
  scale(4, a, b);
}
