/*
 * visibility.h: declaring the runtime's own globals.
 *
 * The library is built with -fvisibility=hidden, which hides what it
 * defines but not what a header declares extern: without this, every use
 * of a global from another file of the library, in the position-
 * independent build, loads its address from the GOT first.
 */
#ifndef TORC_VISIBILITY_H
#define TORC_VISIBILITY_H

/* Marks an extern declaration of a global defined inside the library. */
#define TORC__VISIBILITY_INTERNAL __attribute__((visibility("hidden")))

#endif /* TORC_VISIBILITY_H */
