// A redeclaration whose annotation leaves out a parameter that an earlier
// one moves conflicts with it too.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

#pragma torc task in(x[0:n]) inout(y[0:n])
void axpy(int n, const double *x, double *y);

// CHECK: error-declaration-clauses-missing.c:[[@LINE+2]]:1: error: '#pragma torc task' on this declaration of 'axpy' says nothing about 'y', but an earlier one says 'inout(y[0:n])'; annotate one declaration, or repeat the same clauses
// CHECK: error-declaration-clauses-missing.c:[[@LINE-4]]:1: note: the earlier '#pragma torc task' for 'axpy' is here
#pragma torc task in(x[0:n])
void axpy(int n, const double *x, double *y);
