int g;
void f(void) {
#pragma torc broadcast(g[0:1])
}
