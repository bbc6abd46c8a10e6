int work(int i);

void caller(int *y, int n) {
#pragma torc parallel for chunksize(n / 2) node(1)
  for (int i = 0; i < n; i++)
    y[i] = work(i);
}

