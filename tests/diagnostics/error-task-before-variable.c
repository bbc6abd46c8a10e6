// A file-scope task must be followed by a function declaration.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

// CHECK: error-task-before-variable.c:[[@LINE+1]]:1: error: '#pragma torc task' at file scope must be followed by a function declaration or definition
#pragma torc task
int counter;
