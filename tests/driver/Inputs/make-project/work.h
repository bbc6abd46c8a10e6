#ifndef WORK_H
#define WORK_H
#pragma torc task in(x[0:n])
double total(int n, const double *x);
#endif
