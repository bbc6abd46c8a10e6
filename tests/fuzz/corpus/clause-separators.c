void copy(int n, const int *src, int *dst, int *aux);

void caller(int *a, int *b, int *c) {
#pragma torc task in(src[(n > 2 ? 1 : 0):n - (n > 2 ? 1 : 0)]), out(dst[0:n], aux)
  copy(4, a, b, c);
}

