// Any return type but int is refused, not only void: a long status would
// be cut to an int without a word.
// RUN: rm -f %t.c
// RUN: not %torcc %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

// CHECK: error-main-not-int-long.c:[[@LINE+1]]:6: error: main returns 'long', not int; it cannot become the primary task, whose return value is every process's exit status
long main(int argc, char **argv) {
  (void)argv;
  return argc;
}
