// A `void *` parameter with a section moves that many bytes.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

void checksum(const void *buf, unsigned long nbytes, unsigned *sum);

void caller(const char *data, unsigned *s) {
#pragma torc task in(buf[0:nbytes]) out(sum)
  checksum(data, 64, s);
}

// CHECK: (torc_abi_buffer){(void *)buf, 0, torc_abi_section_bytes((torc_abi_i64)(nbytes), 1, "buf[0:nbytes]", __torc_task, __torc_site), TORC_ABI_IN};
// CHECK: (torc_abi_buffer){(void *)sum, 0, sizeof(*sum), TORC_ABI_OUT};
