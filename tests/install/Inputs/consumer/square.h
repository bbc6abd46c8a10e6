#include <weights.h>

static long weighted_square(int i) { return (long)WEIGHT * i * i; }
