/*
 * hash.h: FNV-1a, 64 bits, for the digests nodes compare to find out
 * whether they run the same build (registry.c, buildid.c). Not for hash
 * tables or anything an adversary chooses.
 */
#ifndef TORC_HASH_H
#define TORC_HASH_H

#include <stddef.h>
#include <stdint.h>

#define TORC__HASH_START 0xcbf29ce484222325u

/* `h` with the `n` bytes at `p` folded in. */
static inline uint64_t torc__hash(uint64_t h, const void *p, size_t n) {
  const unsigned char *b = p;
  for (size_t i = 0; i < n; i++)
    h = (h ^ b[i]) * 0x100000001b3u;
  return h;
}

#endif /* TORC_HASH_H */
