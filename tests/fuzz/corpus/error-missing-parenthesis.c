void work(int n);
void f(int k) {
#pragma torc task if(k > 1
  work(1);
}
