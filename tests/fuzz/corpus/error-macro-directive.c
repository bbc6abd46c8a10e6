void work(int n);
#define SPAWN_WORK _Pragma("torc task") work(1);
void f(void) {
  SPAWN_WORK
}
