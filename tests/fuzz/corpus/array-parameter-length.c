void smooth(int n, const double in[n], double out[static n], int m,
            double grid[n][m]);

void caller(double *a, double *b, double (*g)[8]) {
#pragma torc task
  smooth(16, a, b, 8, g);
}

