// A byte that is not ASCII or UTF-8 in a directive is shown escaped, not
// as a raw byte the terminal garbles; UTF-8 text is shown as it is.
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s

void work(int i);
void f(void) {
// CHECK: error-directive-byte.c:[[@LINE+1]]:19: error: expected a clause, found '\xE9'
#pragma torc task é
  work(1);
// CHECK: error-directive-byte.c:[[@LINE+1]]:14: error: unknown torc directive 't\xE9sk'
#pragma torc tésk
  work(2);
// CHECK: error-directive-byte.c:[[@LINE+1]]:19: error: expected a clause, found 'Ã©'
#pragma torc task Ã©
  work(3);
}
