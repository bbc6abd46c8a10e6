// Two declarations of one function annotated with different clauses are
// an error at the second, with a note at the first: whichever won, the
// other would be dropped without a word.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

#pragma torc task out(y)
void fill(double *y);

// CHECK: error-declaration-clauses-conflict.c:[[@LINE+2]]:1: error: '#pragma torc task' on this declaration of 'fill' says 'in(y)', but an earlier one says 'out(y)'; annotate one declaration, or repeat the same clauses
// CHECK: error-declaration-clauses-conflict.c:[[@LINE-4]]:1: note: the earlier '#pragma torc task' for 'fill' is here
#pragma torc task in(y)
void fill(double *y) { *y = 1; }
