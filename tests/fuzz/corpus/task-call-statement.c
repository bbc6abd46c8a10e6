void work(int n, double x);

void caller(int k) {
#pragma torc task
  work(k + 1, 2.5);
}

