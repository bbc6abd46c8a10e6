/*
 * journal.h: the checkpoint journal on disk (spec §1.7).
 *
 * TORC_CHECKPOINT=DIR holds one journal per node that wrote one,
 * DIR/node-N.journal, each a header naming the build of the program that
 * wrote it, then records appended as checkpointed tasks complete. A
 * record is a task's key and its outputs, with a checksum:
 *
 *   header: "TORCJRN" 0x01 | build id (u64) | checksum of both (u64)
 *   record: payload bytes (u32) | 0 (u32) | key (2 x u64) | payload |
 *           checksum of the rest (u64)
 *
 * At start every node reads every journal in DIR, so that a rerun finds
 * each task's record whichever node spawned it before, with any number of
 * nodes; then it appends to its own. Reading stops at the first record
 * that is incomplete or fails its checksum: that is the record a killed run
 * was writing, and a node cuts it from its own journal before appending.
 *
 * A record is written with one write() as its task completes, so it
 * survives the process being killed at once; the file is flushed to the
 * disk (fdatasync) at most every 50 ms and when the run ends, which bounds
 * what a machine crash can lose.
 */
#ifndef TORC_JOURNAL_H
#define TORC_JOURNAL_H

#include <stddef.h>
#include <stdint.h>
#include <sys/uio.h>

/*
 * Opens DIR for node `node` of a program whose build is `build`, creating
 * DIR if it does not exist. Returns 0, or -1 with one line in `err` (a
 * journal of another build, one that is not a journal, a directory that
 * cannot be created or read).
 */
int torc__journal_open(const char *dir, int node, uint64_t build, char *err,
                       size_t err_size);

/* The payload recorded under `key`, and its size; NULL when none is. Any
 * thread, without locking: the records read at start do not change. */
const void *torc__journal_find(const uint64_t key[2], uint32_t *bytes);

/* Appends a record of `key` whose payload is the concatenation of
 * `parts`. Any thread; stops the run if the file cannot be written. */
void torc__journal_append(const uint64_t key[2], const struct iovec *parts,
                          int nparts);

/* Flushes and closes the journal; returns 0, or -1 with `err` set. */
int torc__journal_close(char *err, size_t err_size);

#endif /* TORC_JOURNAL_H */
