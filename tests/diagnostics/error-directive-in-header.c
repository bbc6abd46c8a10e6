// A directive inside a function body of an included file is an error.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

// CHECK: task-in-body.h:4:1: error: '#pragma torc wait' inside a function body of an included file cannot be translated; move the function into the source file
#include "Inputs/task-in-body.h"
