int length(const char *s);

void caller(int *n) {
#pragma torc task
  *n = length("hello");
}

