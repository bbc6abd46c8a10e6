/* A task function whose sections are declared here, away from its spawns. */
#pragma torc task in(x[0:n]) out(y[0:n])
void scale(int n, const double *x, double *y);
