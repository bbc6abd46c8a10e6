/*
 * buildid.h: what tells two builds of a program apart.
 *
 * Two builds can register the same task names and signatures and still
 * compute different things (a constant changed, a function body fixed);
 * nodes that run them together would mix their results silently. The
 * linker's build id (a digest of the executable, NT_GNU_BUILD_ID) tells
 * them apart; without one, a digest of the executable file does.
 */
#ifndef TORC_BUILDID_H
#define TORC_BUILDID_H

#include <stdint.h>

/* A 64-bit digest of this process's executable; 0 if it cannot be read. */
uint64_t torc__buildid(void);

#endif /* TORC_BUILDID_H */
