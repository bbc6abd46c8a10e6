// A `const char *` parameter moves in as a NUL-terminated string.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

int length(const char *s);

void caller(int *n) {
#pragma torc task
  *n = length("hello");
}

// CHECK: __torc_buffers[0] = (torc_abi_buffer){(void *)s, 0, torc_abi_string_bytes(s), TORC_ABI_IN};
