/*
 * blockcache.h: recycling of large task allocations.
 *
 * A task that arrives from another node carries private copies of its
 * sections in its own allocation. For large sections that allocation is a
 * fresh mapping from the kernel, and touching it costs a page fault per
 * page: for a 100 MB section, more time than moving the data. Keeping a few
 * recently freed large blocks for the next task of similar size removes that
 * cost from every transfer but the first.
 */
#ifndef TORC_BLOCKCACHE_H
#define TORC_BLOCKCACHE_H

#include <stddef.h>

/* A block of at least `size` bytes, recycled when a cached one fits. */
void *torc__block_get(size_t size);

/* Returns a block from torc__block_get (or malloc); it may be kept. */
void torc__block_put(void *block);

/* Frees every cached block; for shutdown. */
void torc__block_release_all(void);

#endif /* TORC_BLOCKCACHE_H */
