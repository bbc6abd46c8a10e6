/* eventcount.c: futex-based eventcount (see eventcount.h for the protocol). */
#include "scheduling/eventcount.h"

#include <limits.h>
#include <linux/futex.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

void torc__eventcount_init(struct torc__eventcount *ec, int shared) {
  atomic_init(&ec->epoch, 0);
  atomic_init(&ec->sleepers, 0);
  ec->shared = shared;
}

/* A private futex is cheaper, but only a shared one is found by a process
 * that maps the same page at another address. */
static int futex_op(const struct torc__eventcount *ec, int op) {
  return ec->shared ? op : op | FUTEX_PRIVATE_FLAG;
}

uint32_t torc__eventcount_prepare(struct torc__eventcount *ec) {
  uint32_t key = atomic_load_explicit(&ec->epoch, memory_order_acquire);
  atomic_fetch_add_explicit(&ec->sleepers, 1, memory_order_seq_cst);
  /* Seq_cst: the caller's recheck must not be ordered before the
   * announcement, or a notifier could miss both. */
  atomic_thread_fence(memory_order_seq_cst);
  return key;
}

void torc__eventcount_cancel(struct torc__eventcount *ec) {
  atomic_fetch_sub_explicit(&ec->sleepers, 1, memory_order_relaxed);
}

void torc__eventcount_wait(struct torc__eventcount *ec, uint32_t key,
                           long timeout_ns) {
  struct timespec ts, *tsp = NULL;
  if (timeout_ns > 0) {
    ts.tv_sec = timeout_ns / 1000000000L;
    ts.tv_nsec = timeout_ns % 1000000000L;
    tsp = &ts;
  }
  /* The kernel compares the epoch with `key` atomically with going to
   * sleep, so a bump after prepare makes this return at once. Spurious
   * returns (EINTR, EAGAIN) are fine: callers loop and recheck. */
  syscall(SYS_futex, &ec->epoch, futex_op(ec, FUTEX_WAIT), key, tsp, NULL, 0);
  atomic_fetch_sub_explicit(&ec->sleepers, 1, memory_order_relaxed);
}

void torc__eventcount_notify(struct torc__eventcount *ec) {
  /* Seq_cst: the caller's publication must be visible before we read the
   * sleeper count (pairs with the fence in prepare). */
  atomic_thread_fence(memory_order_seq_cst);
  if (atomic_load_explicit(&ec->sleepers, memory_order_relaxed) == 0)
    return;
  atomic_fetch_add_explicit(&ec->epoch, 1, memory_order_release);
  syscall(SYS_futex, &ec->epoch, futex_op(ec, FUTEX_WAKE), INT_MAX, NULL, NULL,
          0);
}
