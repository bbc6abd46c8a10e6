// A non-const pointer whose length is obviously the one integer parameter
// gets a fix-it that adds the clause.
// RUN: not %torcc %s -o %t.c -- -fdiagnostics-parseable-fixits 2>&1 | FileCheck %s

void fill(double *y, int count);
void f(double *v) {
// CHECK: error-nonconst-pointer-fixit.c:[[@LINE+3]]:8: error: parameter 'y' of 'fill' is a non-const pointer; say how its data moves, e.g. out(y) or inout(y[0:count])
// CHECK: fix-it:"{{.*}}error-nonconst-pointer-fixit.c":{[[@LINE+1]]:18-[[@LINE+1]]:18}:" inout(y[0:count])"
#pragma torc task
  fill(v, 8);
}
