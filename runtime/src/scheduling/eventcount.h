/*
 * eventcount.h: sleeping without lost wake-ups.
 *
 * A sleeper snapshots the epoch and announces itself (prepare), rechecks its
 * condition, and only then sleeps on the epoch with a futex. A waker
 * publishes its work and calls notify, which issues a sequentially
 * consistent fence and bumps the epoch only if someone announced itself, so
 * the common no-sleeper path costs one fence and a relaxed load.
 *
 * Why no wake-up is lost: the sleeper's announcement and the waker's
 * publication are both followed by seq_cst fences, so either the waker sees
 * the announcement (and bumps the epoch, which makes the futex wait return)
 * or the sleeper's recheck sees the work.
 *
 * An eventcount may live in memory that several processes map (a doorbell,
 * see doorbell.h). Its futex calls then leave out FUTEX_PRIVATE_FLAG, so
 * that the kernel keys the futex on the shared page rather than on this
 * process's address space; the C11 atomics work across processes as they
 * are lock-free on plain memory.
 */
#ifndef TORC_EVENTCOUNT_H
#define TORC_EVENTCOUNT_H

#include <stdatomic.h>
#include <stdint.h>

#include "scheduling/deque.h"

struct torc__eventcount {
  /* Bumped by notifiers (release) when sleepers > 0; futex word. */
  _Alignas(TORC__CACHE_LINE) _Atomic uint32_t epoch;
  /* Threads between prepare and the end of wait/cancel (seq_cst RMW). */
  _Atomic uint32_t sleepers;
  /* Nonzero when other processes map this eventcount too; set by init
   * before anyone else can see it, read-only afterwards. */
  int shared;
};

/* Makes `ec` ready; `shared` says whether other processes map it. */
void torc__eventcount_init(struct torc__eventcount *ec, int shared);

/* Announces a sleeper; returns the key to pass to wait. Recheck afterwards. */
uint32_t torc__eventcount_prepare(struct torc__eventcount *ec);

/* Withdraws the announcement when the recheck found something to do. */
void torc__eventcount_cancel(struct torc__eventcount *ec);

/*
 * Sleeps until the epoch moves away from `key`, or for at most `timeout_ns`
 * nanoseconds when it is positive; then withdraws the announcement.
 */
void torc__eventcount_wait(struct torc__eventcount *ec, uint32_t key,
                           long timeout_ns);

/* Call after publishing work: wakes every sleeper if there is one. */
void torc__eventcount_notify(struct torc__eventcount *ec);

/*
 * Whether a thread has announced itself, by a relaxed load without the
 * fence: a sleeper that announced itself at the same instant as the
 * caller's publication may be missed, so callers use it only where that
 * costs a delay, never a hang, and notify when it says yes.
 */
static inline int torc__eventcount_maybe_sleepers(struct torc__eventcount *ec) {
  return atomic_load_explicit(&ec->sleepers, memory_order_relaxed) != 0;
}

#endif /* TORC_EVENTCOUNT_H */
