// A misspelt directive gets a suggestion and a fix-it.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c -- -fdiagnostics-parseable-fixits 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void f(void) {
// CHECK: error-directive-typo.c:[[@LINE+2]]:14: error: unknown torc directive 'wiat'; did you mean 'wait'?
// CHECK: fix-it:"{{.*}}":{[[@LINE+1]]:14-[[@LINE+1]]:18}:"wait"
#pragma torc wiat
}
