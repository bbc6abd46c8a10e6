/*
 * blockcache.h: recycling of task allocations.
 *
 * Small blocks (task records with their argument blocks) are recycled per
 * thread by size class: a spawn then costs a pop from a thread-local list
 * instead of a trip through malloc and free, which matters when tasks are a
 * few hundred nanoseconds long.
 *
 * Large blocks carry the private copies of sections that arrived from
 * another node. A fresh large allocation is a new mapping from the kernel,
 * and touching it costs a page fault per page: for a 100 MB section, more
 * time than moving the data. A few recently freed large blocks are kept for
 * the next task of similar size.
 */
#ifndef TORC_BLOCKCACHE_H
#define TORC_BLOCKCACHE_H

#include <stddef.h>
#include <stdint.h>

/*
 * A block of at least `size` bytes. *size_class receives what
 * torc__block_put needs to recycle it; the caller keeps it with the block.
 */
void *torc__block_get(size_t size, uint32_t *size_class);

/* Returns a block from torc__block_get, with the class it gave. */
void torc__block_put(void *block, uint32_t size_class);

/* Frees the calling thread's recycled small blocks; call before it ends. */
void torc__block_thread_exit(void);

/* Frees every cached large block; for shutdown. */
void torc__block_release_all(void);

#endif /* TORC_BLOCKCACHE_H */
