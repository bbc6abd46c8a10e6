#pragma GCC diagnostic ignored "-Wunused"
void f(void) {
#pragma GCC unroll 4
  for (int i = 0; i < 4; ++i)
    ;
}

