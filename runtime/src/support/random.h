/*
 * random.h: the runtime's one pseudo-random generator, for choosing whom
 * to steal from (workers of this node, other nodes). xorshift32: three
 * shifts and xors, and victims need no better randomness.
 *
 * A state of 0 is a fixed point (xorshift32 then returns 0 for ever), so a
 * state must never be 0: seed it with torc__random_seed, which never gives
 * 0, and only ever advance it with torc__random_next, which keeps a nonzero
 * state nonzero. Each state belongs to one thread.
 */
#ifndef TORC_RANDOM_H
#define TORC_RANDOM_H

/* A nonzero state from `key`; distinct keys give distinct states, but for
 * key 0, which gives the same state as key 1. */
static inline unsigned torc__random_seed(unsigned key) {
  /* Multiplying by an odd constant (Knuth's 2^32 / golden ratio) is a
   * bijection modulo 2^32; only key 0 lands on 0. */
  unsigned x = 2654435761u * key;
  return x != 0 ? x : 2654435761u;
}

/* Advances `*state` (nonzero, see above) and returns the new value, which
 * is nonzero too. */
static inline unsigned torc__random_next(unsigned *state) {
  unsigned x = *state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return *state = x;
}

#endif /* TORC_RANDOM_H */
