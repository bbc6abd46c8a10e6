long fib(int n);

long caller(int n, int cutoff) {
  int a;
#pragma torc task if(n > cutoff)
  a = fib(n - 1);
  return a;
}

