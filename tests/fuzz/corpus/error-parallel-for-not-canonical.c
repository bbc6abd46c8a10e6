int work(int i);
void f(int *y, int n) {
#pragma torc parallel for
  for (int i = 0; i != n; i++)
    y[i] = work(i);
}
