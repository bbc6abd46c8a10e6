/* blockcache.c: recycling of task allocations (see blockcache.h). */
#include "blockcache.h"

#include <malloc.h>
#include <pthread.h>
#include <stdlib.h>

#include "fatal.h"

/* Small classes are multiples of SMALL_STEP bytes, up to SMALL_CLASSES
 * steps; class 0 means "not small". */
#define SMALL_STEP 64
#define SMALL_CLASSES 8
/* A thread keeps at most this many free blocks per class, so memory freed
 * after a burst of tasks goes back to malloc. */
#define SMALL_KEEP 1024

/* Blocks from this size on are large; below it malloc's own free lists
 * serve them well enough. */
#define LARGE_MIN ((size_t)1 << 20)
#define LARGE_SLOTS 4
/* The most memory the large cache holds back from the program. */
#define LARGE_CAP ((size_t)1 << 30)

struct free_block {
  struct free_block *next;
};

/* The calling thread's free small blocks; no other thread touches them. */
static _Thread_local struct {
  struct free_block *head[SMALL_CLASSES + 1];
  unsigned count[SMALL_CLASSES + 1];
} small;

/* All fields under `lock`: large blocks are taken and returned by the
 * communication thread and by workers. */
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

void *torc__block_get(size_t size, uint32_t *size_class) {
  uint32_t c = (uint32_t)((size + SMALL_STEP - 1) / SMALL_STEP);
  if (c <= SMALL_CLASSES) {
    *size_class = c;
    struct free_block *b = small.head[c];
    if (b != NULL) {
      small.head[c] = b->next;
      small.count[c]--;
      return b;
    }
    return checked_malloc((size_t)c * SMALL_STEP);
  }
  *size_class = 0;
  return size >= LARGE_MIN ? large_get(size) : checked_malloc(size);
}

void torc__block_put(void *block, uint32_t size_class) {
  if (size_class != 0 && small.count[size_class] < SMALL_KEEP) {
    struct free_block *b = block;
    b->next = small.head[size_class];
    small.head[size_class] = b;
    small.count[size_class]++;
  } else if (size_class == 0 && malloc_usable_size(block) >= LARGE_MIN) {
    large_put(block);
  } else {
    free(block);
  }
}

void torc__block_thread_exit(void) {
  for (int c = 1; c <= SMALL_CLASSES; c++) {
    while (small.head[c] != NULL) {
      struct free_block *next = small.head[c]->next;
      free(small.head[c]);
      small.head[c] = next;
    }
    small.count[c] = 0;
  }
}

void torc__block_release_all(void) {
  pthread_mutex_lock(&large.lock);
  for (int i = 0; i < LARGE_SLOTS; i++) {
    free(large.block[i]);
    large.block[i] = NULL;
  }
  large.total = 0;
  pthread_mutex_unlock(&large.lock);
}
