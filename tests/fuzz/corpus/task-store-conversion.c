int count(int n);

void caller(double *total) {
#pragma torc task
  *total = count(3);
}

