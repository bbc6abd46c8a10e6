/* A task whose pointer parameter has no data clause. */
void scale(int n, double *y);

void caller(double *v) {
#pragma torc task
  scale(4, v);
}
