struct particle { double pos[3]; struct { int id; } tag; };
enum color { RED, GREEN };

double weigh(struct particle p, enum color c, _Bool flag, double _Complex z);

void caller(struct particle *q, double *r) {
#pragma torc task
  *r = weigh(*q, GREEN, 1, 0);
}

