// A function declaration only says how data moves; placement, conditions
// and callbacks belong at the call site.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

// CHECK: error-clause-on-declaration.c:[[@LINE+2]]:19: error: clause 'node' belongs at a call site; a function declaration only says how data moves, with 'in', 'out', 'inout' and 'shared'
// CHECK: error-clause-on-declaration.c:[[@LINE+1]]:37: error: clause 'if' belongs at a call site
#pragma torc task node(1) in(x[:n]) if(n > 1)
void sum(int n, const double *x);

void f(const double *v) {
#pragma torc task
  sum(4, v);
}
