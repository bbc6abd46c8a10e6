// 'shared' is part of what a declaration says of a parameter: leaving it
// out on a redeclaration conflicts, and the message lists both items.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

#pragma torc task in(m[0:n]) shared(m)
double sum(int n, const double *m);

// CHECK: error-declaration-clauses-shared.c:[[@LINE+1]]:1: error: '#pragma torc task' on this declaration of 'sum' says 'in(m[0:n])', but an earlier one says 'in(m[0:n])' and 'shared(m)'; annotate one declaration, or repeat the same clauses
#pragma torc task in(m[0:n])
double sum(int n, const double *m);
