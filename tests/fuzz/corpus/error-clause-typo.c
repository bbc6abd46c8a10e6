void work(int n, const int *p);
void f(int *q) {
#pragma torc task inn(p)
  work(1, q);
}
