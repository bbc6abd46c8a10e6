/*
 * digest.h: a 128-bit digest of a stream of bytes, for checkpoint keys and
 * the journal's checksums.
 *
 * SipHash-2-4 with its 128-bit output, under a fixed key: fast enough to
 * hash a task's `in` sections at the spawn, and well mixed, so that two
 * spawns with different inputs get the same key only with probability
 * about 2^-128. Not a defence against someone who crafts inputs; the
 * journal is the user's own file.
 */
#ifndef TORC_DIGEST_H
#define TORC_DIGEST_H

#include <stddef.h>
#include <stdint.h>

struct torc__digest {
  uint64_t v[4];
  uint64_t tail;     /* bytes not yet hashed, little-endian */
  uint64_t length;   /* bytes added so far */
};

void torc__digest_init(struct torc__digest *d);
void torc__digest_add(struct torc__digest *d, const void *data, size_t n);
/* Ends the stream and writes its digest. */
void torc__digest_end(struct torc__digest *d, uint64_t out[2]);

#endif /* TORC_DIGEST_H */
