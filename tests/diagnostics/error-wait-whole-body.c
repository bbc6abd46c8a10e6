// A stand-alone directive cannot be the whole body of an if, else, for,
// while or do without braces: a plain compiler, which ignores the pragma,
// makes the next statement the body, so the directive would change what
// the condition or loop controls. OpenMP forbids the same placement.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

int work(int n);
int out[8];

void f(int c, int n) {
  if (c)
// CHECK: error-wait-whole-body.c:[[@LINE+1]]:1: error: '#pragma torc wait' cannot be the whole body of 'if'; add braces, since a plain compiler makes the next statement the body
#pragma torc wait
    out[0] = 1;
  if (c)
    out[1] = 1;
  else
// CHECK: error-wait-whole-body.c:[[@LINE+1]]:1: error: '#pragma torc wait' cannot be the whole body of 'else'; add braces
#pragma torc wait
    out[1] = 2;
  for (int i = 0; i < n; i++)
// CHECK: error-wait-whole-body.c:[[@LINE+1]]:1: error: '#pragma torc wait' cannot be the whole body of 'for'; add braces
#pragma torc wait
    out[2] += i;
  while (n-- > 0)
// CHECK: error-wait-whole-body.c:[[@LINE+1]]:1: error: '#pragma torc wait' cannot be the whole body of 'while'; add braces
#pragma torc wait
    out[3]++;
  do
// CHECK: error-wait-whole-body.c:[[@LINE+1]]:1: error: '#pragma torc wait' cannot be the whole body of 'do'; add braces
#pragma torc wait
    out[4]++;
  while (out[4] < 3);
  if (c)
// A block after the directive is the body just the same.
// CHECK: error-wait-whole-body.c:[[@LINE+1]]:1: error: '#pragma torc wait' cannot be the whole body of 'if'; add braces
#pragma torc wait
  {
    out[5] = 1;
  }
}

// CHECK-NOT: error:
