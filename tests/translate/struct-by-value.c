// Structs and unions without pointer members, arrays inside included, move
// by value; so do enums, _Bool and _Complex.
// RUN: %torcc %s -o - | grep -v "^//" | FileCheck %s

struct particle { double pos[3]; struct { int id; } tag; };
enum color { RED, GREEN };

double weigh(struct particle p, enum color c, _Bool flag, double _Complex z);

void caller(struct particle *q, double *r) {
#pragma torc task
  *r = weigh(*q, GREEN, 1, 0);
}

// CHECK:      struct __torc_args_1 {
// CHECK-NEXT:   struct particle p0;
// CHECK-NEXT:   enum color p1;
// CHECK-NEXT:   _Bool p2;
// CHECK-NEXT:   _Complex double p3;
// CHECK-NEXT: };
