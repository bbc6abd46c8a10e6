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

/* Small classes are multiples of TORC__SMALL_STEP bytes, up to
 * TORC__SMALL_CLASSES steps; class 0 means "not small". */
#define TORC__SMALL_STEP 64
#define TORC__SMALL_CLASSES 8
/* A thread keeps at most this many free blocks per class, so memory freed
 * after a burst of tasks goes back to malloc. */
#define TORC__SMALL_KEEP 1024

struct torc__blockcache_free_block {
  struct torc__blockcache_free_block *next;
};

/* The calling thread's free small blocks; no other thread touches them. */
struct torc__blockcache_small_blocks {
  struct torc__blockcache_free_block *head[TORC__SMALL_CLASSES + 1];
  unsigned count[TORC__SMALL_CLASSES + 1];
};
extern _Thread_local struct torc__blockcache_small_blocks
    torc__blockcache_small;

/* The paths through malloc, out of line. */
void *torc__blockcache_get_slow(size_t size, uint32_t *size_class);
void torc__blockcache_put_slow(void *block, uint32_t size_class);

/*
 * A block of at least `size` bytes. *size_class receives what
 * torc__blockcache_put needs to recycle it; the caller keeps it with the block.
 * Inline, like torc__blockcache_put: together they run twice per task.
 */
static inline void *torc__blockcache_get(size_t size, uint32_t *size_class) {
  uint32_t c = (uint32_t)((size + TORC__SMALL_STEP - 1) / TORC__SMALL_STEP);
  if (c <= TORC__SMALL_CLASSES) {
    struct torc__blockcache_free_block *b = torc__blockcache_small.head[c];
    if (b != NULL) {
      *size_class = c;
      torc__blockcache_small.head[c] = b->next;
      torc__blockcache_small.count[c]--;
      return b;
    }
  }
  return torc__blockcache_get_slow(size, size_class);
}

/* Returns a block from torc__blockcache_get, with the class it gave. */
static inline void torc__blockcache_put(void *block, uint32_t size_class) {
  if (size_class != 0 &&
      torc__blockcache_small.count[size_class] < TORC__SMALL_KEEP) {
    struct torc__blockcache_free_block *b = block;
    b->next = torc__blockcache_small.head[size_class];
    torc__blockcache_small.head[size_class] = b;
    torc__blockcache_small.count[size_class]++;
    return;
  }
  torc__blockcache_put_slow(block, size_class);
}

/* Frees the calling thread's recycled small blocks; call before it ends. */
void torc__blockcache_thread_exit(void);

/* Frees every cached large block; for shutdown. */
void torc__blockcache_release_all(void);

#endif /* TORC_BLOCKCACHE_H */
