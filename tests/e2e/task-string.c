// `const char *` moves as a NUL-terminated string, `const T *` as one
// element.
// RUN: %run-matrix --work %t %s
#include <stdio.h>
#include <string.h>

struct range {
  int lo, hi;
};

int count_letter(const char *text, char letter) {
  int n = 0;
  for (; *text; text++)
    n += *text == letter;
  return n;
}

int width(const struct range *r) { return r->hi - r->lo; }

int main(void) {
  const char *words[] = {"mississippi", "banana", "", "torcc runs tasks"};
  int counts[4], widths[4];
  struct range ranges[4] = {{0, 5}, {3, 30}, {-4, 4}, {7, 7}};
  for (int i = 0; i < 4; i++) {
#pragma torc task
    counts[i] = count_letter(words[i], i == 3 ? 's' : 'a' + (i % 2) * 18);
#pragma torc task
    widths[i] = width(&ranges[i]);
  }
#pragma torc wait
  for (int i = 0; i < 4; i++)
    printf("'%s': %d, width %d\n", words[i], counts[i], widths[i]);
  return 0;
}
