/* blockcache.c: recycling of task allocations (see blockcache.h). */
#include "tasks/blockcache.h"

#include <malloc.h>
#include <pthread.h>
#include <stdlib.h>

#include "support/fatal.h"

/* Blocks from this size on are large; below it malloc's own free lists
 * serve them well enough. */
#define LARGE_MIN ((size_t)1 << 20)
#define LARGE_SLOTS 4
/* The most memory the large cache holds back from the program. */
#define LARGE_CAP ((size_t)1 << 30)

_Thread_local struct torc__blockcache_small_blocks torc__blockcache_small;

/* All fields under `lock`: large blocks are taken and returned by the
 * communication thread and by workers. It lives as long as the process,
 * not a run: torc__blockcache_release_all empties it when MPI ends. */
static struct {
  pthread_mutex_t lock;
  void *block[LARGE_SLOTS];
  size_t size[LARGE_SLOTS];
  size_t total;
} large = {PTHREAD_MUTEX_INITIALIZER, {0}, {0}, 0};

static void *checked_malloc(size_t size) {
  void *b = malloc(size);
  if (b == NULL)
    TORC_FATAL("out of memory for a task (%zu bytes)", size);
  return b;
}

static void *large_get(size_t size) {
  pthread_mutex_lock(&large.lock);
  /* A block at most twice the request, so a huge one is not tied up by a
   * modest task. */
  for (int i = 0; i < LARGE_SLOTS; i++) {
    if (large.block[i] != NULL && large.size[i] >= size &&
        large.size[i] / 2 <= size) {
      void *b = large.block[i];
      large.block[i] = NULL;
      large.total -= large.size[i];
      pthread_mutex_unlock(&large.lock);
      return b;
    }
  }
  pthread_mutex_unlock(&large.lock);
  return checked_malloc(size);
}

static void large_put(void *block) {
  size_t size = malloc_usable_size(block);
  pthread_mutex_lock(&large.lock);
  for (int i = 0; i < LARGE_SLOTS; i++) {
    if (large.block[i] == NULL && large.total + size <= LARGE_CAP) {
      large.block[i] = block;
      large.size[i] = size;
      large.total += size;
      pthread_mutex_unlock(&large.lock);
      return;
    }
  }
  pthread_mutex_unlock(&large.lock);
  free(block);
}

void *torc__blockcache_get_slow(size_t size, uint32_t *size_class) {
  uint32_t c = (uint32_t)((size + TORC__SMALL_STEP - 1) / TORC__SMALL_STEP);
  if (c <= TORC__SMALL_CLASSES) {
    *size_class = c;
    return checked_malloc((size_t)c * TORC__SMALL_STEP);
  }
  *size_class = 0;
  return size >= LARGE_MIN ? large_get(size) : checked_malloc(size);
}

void torc__blockcache_put_slow(void *block, uint32_t size_class) {
  if (size_class == 0 && malloc_usable_size(block) >= LARGE_MIN)
    large_put(block);
  else
    free(block);
}

void torc__blockcache_thread_exit(void) {
  for (int c = 1; c <= TORC__SMALL_CLASSES; c++) {
    while (torc__blockcache_small.head[c] != NULL) {
      struct torc__blockcache_free_block *next =
          torc__blockcache_small.head[c]->next;
      free(torc__blockcache_small.head[c]);
      torc__blockcache_small.head[c] = next;
    }
    torc__blockcache_small.count[c] = 0;
  }
}

void torc__blockcache_release_all(void) {
  pthread_mutex_lock(&large.lock);
  for (int i = 0; i < LARGE_SLOTS; i++) {
    free(large.block[i]);
    large.block[i] = NULL;
  }
  large.total = 0;
  pthread_mutex_unlock(&large.lock);
}
