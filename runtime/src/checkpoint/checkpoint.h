/*
 * checkpoint.h: the `checkpoint` clause (spec §1.7).
 *
 * With TORC_CHECKPOINT=DIR, a checkpointed spawn is keyed by a digest of
 * what its task computes from: the task's name, its spawn site, its
 * by-value arguments, and the length of each section with the data of
 * each `in` and `inout` one, as they are at the spawn. A spawn whose key
 * is in the journal (journal.h) does not run: its result and `out`/`inout`
 * data are copied from the record into the caller's memory, and its
 * callback runs, as if it had completed at once. Any other runs, and its
 * outputs are recorded on the spawning node when they have landed there,
 * just before the task counts as complete.
 *
 * The key covers no other memory: a task that reads globals, files or
 * anything else not among its arguments, or that has effects besides its
 * outputs, is not safe to checkpoint.
 */
#ifndef TORC_CHECKPOINT_H
#define TORC_CHECKPOINT_H

#include <stddef.h>
#include <stdint.h>
#include <sys/uio.h>

#include "checkpoint/state.h"
#include "torc_abi.h"

/*
 * Opens the journal in `dir` for node `node` of build `build` (journal.h).
 * Before any task runs. Returns 0, or -1 with one line in `err`.
 */
int torc__checkpoint_begin(const char *dir, int node, uint64_t build, char *err,
                           size_t err_size);

/* Flushes and closes the journal, once no task runs; a no-op when
 * checkpointing is off. Returns 0, or -1 with `err` set. */
int torc__checkpoint_end(char *err, size_t err_size);

/* Whether a spawn with `options` is checkpointed in this run. */
static inline int torc__checkpoint_wanted(const torc_abi_options *options) {
  return options != NULL && (options->flags & TORC_ABI_FLAG_CHECKPOINT) &&
         torc__checkpoint->on;
}

/* The key of a spawn, as above. */
void torc__checkpoint_key(const torc_abi_task *task, const torc_abi_site *site,
                          const void *args, const torc_abi_buffer *buffers,
                          uint64_t key[2]);

/*
 * If `key` is recorded, completes the spawn from its record (outputs,
 * result through `store`, callback) and returns 1; else returns 0.
 */
int torc__checkpoint_restore(const torc_abi_task *task,
                             const torc_abi_buffer *buffers, void *target,
                             torc_abi_store store,
                             const torc_abi_options *options,
                             const uint64_t key[2]);

/* Records a checkpointed spawn's result and outputs, in that order, the
 * order restoring reads them in, under `key`. */
void torc__checkpoint_record(const uint64_t key[2], const struct iovec *parts,
                             int count);

#endif /* TORC_CHECKPOINT_H */
