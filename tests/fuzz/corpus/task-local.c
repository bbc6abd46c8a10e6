void update(int **table, double *acc, void (*hook)(void));

void caller(int **t, double *a, void (*h)(void)) {
#pragma torc task local
  update(t, a, h);
}

