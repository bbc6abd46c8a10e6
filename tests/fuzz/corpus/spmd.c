void setup(int n, const double *table);

void caller(double *t) {
#pragma torc spmd in(table[0:n])
  setup(16, t);
}

