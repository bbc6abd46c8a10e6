void work(int n);
void done(int a, int b);
void f(void) {
#pragma torc task callback(done(1))
  work(1);
}
