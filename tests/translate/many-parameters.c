// There is no limit on the number of parameters.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

int sum30(int a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7,
          int a8, int a9, int a10, int a11, int a12, int a13, int a14,
          int a15, int a16, int a17, int a18, int a19, int a20, int a21,
          int a22, int a23, int a24, int a25, int a26, int a27, int a28,
          const int *a29);

void caller(int *r, int *v) {
#pragma torc task
  *r = sum30(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
             19, 20, 21, 22, 23, 24, 25, 26, 27, 28, v);
}

// CHECK: int p28;
// CHECK: sizeof(struct __torc_args_1), sizeof(int), 1, -1};
// CHECK: struct __torc_args_1 __torc_block = {a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28};
