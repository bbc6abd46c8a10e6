// 'broadcast' is a stand-alone directive too: as the whole body of an 'if'
// it would be conditional where the plain program's next statement is.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

double table[4];
int ready;

void f(int c) {
  if (c)
// CHECK: error-broadcast-whole-body.c:[[@LINE+1]]:1: error: '#pragma torc broadcast' cannot be the whole body of 'if'; add braces, since a plain compiler makes the next statement the body
#pragma torc broadcast(table[0:4])
    ready = 1;
}
