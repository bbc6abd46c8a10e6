void work(int n, const int *p);
void f(int *q) {
#pragma torc task in(p[0:(n + 1])
  work(1, q);
}
