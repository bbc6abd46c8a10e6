// 'void *' parameters move a byte section: in(buf[0:nbytes]).
// RUN: %run-matrix --work %t %s
#include <stdio.h>
#include <string.h>

#pragma torc task in(src[0:nbytes]) out(dst[0:nbytes])
void copy_bytes(void *dst, const void *src, unsigned long nbytes) {
  memcpy(dst, src, nbytes);
}

int main(void) {
  struct {
    int id;
    double value;
  } from = {42, 2.5}, to = {0, 0};
  double xs[4] = {1, 2, 3, 4}, ys[4] = {0};
#pragma torc task
  copy_bytes(&to, &from, sizeof from);
#pragma torc task
  copy_bytes(ys, xs, sizeof xs);
#pragma torc wait
  printf("to = {%d, %g}\n", to.id, to.value);
  for (int i = 0; i < 4; i++)
    printf("ys[%d] = %g\n", i, ys[i]);
  return 0;
}
