int square(int x);

void caller(int *out) {
#pragma torc task
  out[2] = square(7);
}

