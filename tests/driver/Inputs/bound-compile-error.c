/* A section bound that torcc accepts, since it does not count arguments,
   but the C compiler refuses: 'lower' takes two. */
int lower(int a, int b);
void fill(int n, double *y);

void caller(double *v) {
#pragma torc task out(y[0:lower(n)])
  fill(4, v);
}
