void work(int n);
void f(void) {
#pragma torc task node()
  work(1);
}
