void work(int i);
void f(int n) {
  double k = 2.5;
#pragma torc parallel for chunksize(k)
  for (int i = 0; i < n; i++)
    work(i);
}
