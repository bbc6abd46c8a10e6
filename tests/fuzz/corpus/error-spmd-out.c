void gather(int n, double *y);
void f(double *b) {
#pragma torc spmd out(y[0:n])
  gather(4, b);
}
