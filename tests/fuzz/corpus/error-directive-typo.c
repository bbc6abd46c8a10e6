void f(void) {
#pragma torc wiat
}
