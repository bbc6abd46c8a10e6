short half(int x);

void caller(int *r) {
#pragma torc task
  *r = (half(8));
#pragma torc task
  (half(4));
}

