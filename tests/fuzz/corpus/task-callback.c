int square(int x);
void accumulate(long *sum, int weight);

void caller(long *sum, int *r) {
  int w = 3;
#pragma torc task callback(accumulate(sum, w + 1))
  *r = square(w);
}

