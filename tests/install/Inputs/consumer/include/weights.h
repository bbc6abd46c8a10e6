#ifndef WEIGHTS_H
#define WEIGHTS_H
enum { ITEMS = 10 };
#endif
