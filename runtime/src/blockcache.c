/* blockcache.c: recycling of large task allocations (see blockcache.h). */
#include "blockcache.h"

#include <malloc.h>
#include <pthread.h>
#include <stdlib.h>

/* Blocks below this size come from malloc's own free lists and stay there. */
#define CACHE_MIN ((size_t)1 << 20)
#define CACHE_SLOTS 4
/* The most memory the cache holds back from the program. */
#define CACHE_CAP ((size_t)1 << 30)

/* All fields under `lock`: blocks are taken and returned by the
 * communication thread and by workers. */
static struct {
  pthread_mutex_t lock;
  void *block[CACHE_SLOTS];
  size_t size[CACHE_SLOTS];
  size_t total;
} cache = {PTHREAD_MUTEX_INITIALIZER, {0}, {0}, 0};

void *torc__block_get(size_t size) {
  if (size >= CACHE_MIN) {
    pthread_mutex_lock(&cache.lock);
    /* A block at most twice the request, so a huge one is not tied up by a
     * modest task. */
    for (int i = 0; i < CACHE_SLOTS; i++) {
      if (cache.block[i] != NULL && cache.size[i] >= size &&
          cache.size[i] / 2 <= size) {
        void *b = cache.block[i];
        cache.block[i] = NULL;
        cache.total -= cache.size[i];
        pthread_mutex_unlock(&cache.lock);
        return b;
      }
    }
    pthread_mutex_unlock(&cache.lock);
  }
  return malloc(size);
}

void torc__block_put(void *block) {
  if (block == NULL)
    return;
  size_t size = malloc_usable_size(block);
  if (size >= CACHE_MIN) {
    pthread_mutex_lock(&cache.lock);
    for (int i = 0; i < CACHE_SLOTS; i++) {
      if (cache.block[i] == NULL && cache.total + size <= CACHE_CAP) {
        cache.block[i] = block;
        cache.size[i] = size;
        cache.total += size;
        pthread_mutex_unlock(&cache.lock);
        return;
      }
    }
    pthread_mutex_unlock(&cache.lock);
  }
  free(block);
}

void torc__block_release_all(void) {
  pthread_mutex_lock(&cache.lock);
  for (int i = 0; i < CACHE_SLOTS; i++) {
    free(cache.block[i]);
    cache.block[i] = NULL;
  }
  cache.total = 0;
  pthread_mutex_unlock(&cache.lock);
}
