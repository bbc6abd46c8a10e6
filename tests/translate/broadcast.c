// broadcast registers a descriptor per global, by name ("file.c:g" for a
// static one), in the unit's constructor, and becomes one torc_abi_broadcast
// call with byte ranges.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

double table[100];
static int count;

void setup(int lo, int n) {
#pragma torc broadcast(count, table[lo:n])
}

// CHECK: static torc_abi_global __torc_global_count = {TORC_ABI_VERSION, "{{.*}}broadcast.c:count", (void *)&count, sizeof(count), -1};
// CHECK: static torc_abi_global __torc_global_table = {TORC_ABI_VERSION, "table", (void *)&table, sizeof(table), -1};
// CHECK: {static const torc_abi_site __torc_site = {"{{.*}}broadcast.c", 10}; const torc_abi_broadcast_item __torc_items[] = {{[{][{]}}&__torc_global_count, 0, sizeof(count)}, {&__torc_global_table, (torc_abi_u64)(lo) * sizeof((table)[0]), torc_abi_section_bytes((torc_abi_i64)(n), sizeof((table)[0]), "table[lo:n]", 0, &__torc_site)}}; torc_abi_broadcast(&__torc_site, __torc_items, 2);}
// CHECK: __attribute__((constructor)) static void __torc_register_unit(void) {
// CHECK-NEXT: torc_abi_register_global(&__torc_global_count);
// CHECK-NEXT: torc_abi_register_global(&__torc_global_table);
// CHECK-NEXT: }
