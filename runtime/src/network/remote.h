/*
 * remote.h: turning task records into records on the wire and back.
 *
 * Communication thread only. A task that leaves its origin keeps its record
 * there (flag SENT) as the target of the RESULT; the executing node builds a
 * REMOTE record holding private copies of the sections, runs it, and sends
 * RESULT straight to the origin, whichever node passed the task on.
 */
#ifndef TORC_REMOTE_H
#define TORC_REMOTE_H

#include "diagnostics/diagnostics.h"
#include "network/msg.h"
#include "tasks/tasks.h"

/* Why a TASK record with `wire_flags` travels, for its trace slices. */
static inline enum torc__trace_how torc__remote_how(uint32_t wire_flags) {
  if (wire_flags & TORC__W_STOLEN)
    return TORC__TRACE_STOLEN;
  return (wire_flags & TORC__W_PUSHED) ? TORC__TRACE_PUSHED
                                       : TORC__TRACE_PLACED;
}

/*
 * Appends a TASK record for `t` to the frame for `dest`, with `wire_flags`,
 * and registers its bulk parts. A REMOTE record passed on is released; a
 * local one stays as the SENT record awaiting RESULT.
 */
void torc__remote_send_task(struct torc__task *t, int dest, int worker,
                            uint32_t wire_flags);

/*
 * Appends an SPMD record for a call on the caller's memory, from the
 * directive `site` (NULL if unknown); its bulk parts read that memory, which
 * must stay until every node has answered.
 */
void torc__remote_send_call(int dest, const torc_abi_task *desc,
                            const torc_abi_site *site, const void *args,
                            const torc_abi_buffer *buffers, uint64_t handle);

/*
 * Reads a TASK or SPMD record from `source` (its bulk parts included) into a
 * new REMOTE record. *worker gets the requested local worker or -1, and
 * *wire_flags the record's flags.
 */
struct torc__task *torc__remote_recv_task(struct torc__msg_reader *r,
                                          int source, int *worker,
                                          uint32_t *wire_flags);

/* Appends the RESULT of the finished REMOTE record `t` and releases it. */
void torc__remote_send_result(struct torc__task *t);

/* Applies a RESULT record from `source` to its SENT record and completes it. */
void torc__remote_recv_result(struct torc__msg_reader *r, int source);

#endif /* TORC_REMOTE_H */
