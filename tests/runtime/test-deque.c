/* The Chase-Lev deque: owner semantics, growth, and every item taken exactly
 * once when thieves race the owner. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>

#include "check.h"
#include "scheduling/deque.h"

#define ITEMS 200000
#define THIEVES 3

static struct torc__deque dq;
static atomic_int seen[ITEMS + 1];
static atomic_int owner_done;
static atomic_long stolen_count;

static void *item(long i) { return (void *)(intptr_t)(i * 4 + 8); }
static long index_of(void *p) { return ((intptr_t)p - 8) / 4; }

static void single_thread(void) {
  struct torc__deque d;
  torc__deque_init(&d, 4, 1);
  CHECK(torc__deque_take(&d) == NULL);
  CHECK(torc__deque_steal(&d) == NULL);
  for (long i = 0; i < 100; i++) /* forces several growths */
    torc__deque_push(&d, item(i));
  CHECK(torc__deque_nonempty(&d));
  CHECK(torc__deque_take(&d) == item(99)); /* newest at the bottom */
  CHECK(torc__deque_steal(&d) == item(0)); /* oldest at the top */
  CHECK(torc__deque_steal(&d) == item(1));
  for (long i = 98; i >= 2; i--)
    CHECK(torc__deque_take(&d) == item(i));
  CHECK(torc__deque_take(&d) == NULL);
  CHECK(!torc__deque_nonempty(&d));
  torc__deque_push(&d, item(7));
  CHECK(torc__deque_steal(&d) == item(7));
  CHECK(torc__deque_take(&d) == NULL);
  torc__deque_destroy(&d);
  printf("deque single-thread: ok\n");
}

/* A deque nobody steals from (one worker on the only node) takes without
 * the race for the last item, and must still give every item once, newest
 * first, across growths. */
static void owner_only(void) {
  struct torc__deque d;
  torc__deque_init(&d, 4, 0);
  CHECK(torc__deque_take(&d) == NULL);
  for (int round = 0; round < 3; round++) {
    for (long i = 0; i < 100; i++)
      torc__deque_push(&d, item(i));
    for (long i = 99; i >= 50; i--)
      CHECK(torc__deque_take(&d) == item(i));
    torc__deque_push(&d, item(7));
    CHECK(torc__deque_take(&d) == item(7));
    for (long i = 49; i >= 0; i--)
      CHECK(torc__deque_take(&d) == item(i));
    CHECK(torc__deque_take(&d) == NULL);
    CHECK(!torc__deque_nonempty(&d));
  }
  torc__deque_destroy(&d);
  printf("deque owner-only: ok\n");
}

static void record(void *p) {
  long i = index_of(p);
  CHECK(i >= 0 && i < ITEMS);
  CHECK(atomic_fetch_add(&seen[i], 1) == 0);
}

static void *thief(void *arg) {
  (void)arg;
  long mine = 0;
  for (;;) {
    void *p = torc__deque_steal(&dq);
    if (p == TORC__DEQUE_ABORT)
      continue;
    if (p != NULL) {
      record(p);
      mine++;
    } else if (atomic_load(&owner_done) && !torc__deque_nonempty(&dq)) {
      break;
    }
  }
  atomic_fetch_add(&stolen_count, mine);
  return NULL;
}

static void stress(void) {
  pthread_t th[THIEVES];
  torc__deque_init(&dq, 16, 1);
  for (int i = 0; i < THIEVES; i++)
    CHECK(pthread_create(&th[i], NULL, thief, NULL) == 0);
  long next = 0;
  while (next < ITEMS) {
    /* Bursts of pushes and takes keep the deque short and contended. */
    int burst = (int)(next % 7) + 1;
    for (int k = 0; k < burst && next < ITEMS; k++)
      torc__deque_push(&dq, item(next++));
    if (next % 3 == 0) {
      void *p = torc__deque_take(&dq);
      if (p != NULL)
        record(p);
    }
  }
  void *p;
  while ((p = torc__deque_take(&dq)) != NULL)
    record(p);
  atomic_store(&owner_done, 1);
  for (int i = 0; i < THIEVES; i++)
    CHECK(pthread_join(th[i], NULL) == 0);
  for (long i = 0; i < ITEMS; i++)
    CHECK(atomic_load(&seen[i]) == 1);
  torc__deque_destroy(&dq);
  printf("deque stress: %d items, each taken exactly once\n", ITEMS);
}

int main(void) {
  single_thread();
  owner_only();
  stress();
  return 0;
}
