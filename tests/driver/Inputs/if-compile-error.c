/* An 'if' clause, on the second line of its directive, that names what
   the caller does not have; the call below it is where torcc moves it. */
int fib(int n);

int caller(int n) {
  int a;
#pragma torc task \
    if(n > cutof)
  a = fib(n - 1);
  return a;
}
