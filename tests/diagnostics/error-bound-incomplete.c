// A bound with an operand missing, at its end or before a closing
// parenthesis, is refused at the clause, after the token it follows; left
// to the C compiler, it was reported inside a helper of torcc's.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

// CHECK: error-bound-incomplete.c:[[@LINE+1]]:27: error: expected an operand after '+' in the length of section 'x'
#pragma torc task in(x[0:n+])
void f(int n, const double *x);

void g(double *x, int m) {
// CHECK: error-bound-incomplete.c:[[@LINE+1]]:25: error: expected an operand after '*' in the start of section 'x'
#pragma torc task in(x[n*:2])
  f(m, x);
// CHECK: error-bound-incomplete.c:[[@LINE+1]]:29: error: expected an operand after '-' in the length of section 'x'
#pragma torc task in(x[0:(n -)])
  f(m, x);
}
