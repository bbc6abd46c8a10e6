void work(int n, const int *p);
void f(int *q) {
#pragma torc task in(p[0:])
  work(1, q);
}
