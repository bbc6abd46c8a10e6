/*
 * transport.h: moving frames and bulk data over MPI.
 *
 * Used by the communication thread only, so nothing here is locked. Records
 * for one destination accumulate in that destination's frame and go out as
 * one message on flush, followed by the bulk parts registered for it, in
 * order. MPI does not let messages between one pair of processes on one
 * communicator and tag overtake each other, and the receiver takes a
 * frame's bulk parts before it looks at the next frame, so frames and bulk
 * parts stay matched. Bulk parts travel in pieces of a fixed size; a part
 * sent from a record's memory waits, piece by piece, until the spawner has
 * copied its bytes there (capture.h), and later parts to the same node
 * queue behind it.
 *
 * Every send is non-blocking; progress() tests them and releases what they
 * were reading: the frame's bytes, and a record whose last bulk part has
 * gone (records are released with torc__task_free).
 */
#ifndef TORC_TRANSPORT_H
#define TORC_TRANSPORT_H

#include <mpi.h>
#include <stdint.h>

#include "network/msg.h"
#include "tasks/tasks.h"

/* Sections above this many bytes travel as separate bulk messages. */
#define TORC__BULK_THRESHOLD ((uint64_t)64 * 1024)

void torc__transport_init(MPI_Comm comm, int rank, int size);
void torc__transport_destroy(void);

/* The frame under construction for `dest`, to append records to. */
struct torc__msg_buf *torc__transport_frame(int dest);

/*
 * Sends `bytes` at `data` to `dest` after the frame now being built for it.
 * When `owner` is not NULL it is freed once its last bulk part is sent.
 */
void torc__transport_bulk(int dest, const void *data, uint64_t bytes,
                          struct torc__task *owner);

/* Frees `owner` now if no bulk part still reads it, else when they finish. */
void torc__transport_release(struct torc__task *owner);

/* Sends every non-empty frame and its bulk parts. Returns 1 if any. */
int torc__transport_flush(void);

/* Tests the outstanding sends. Returns 1 if any completed. */
int torc__transport_progress(void);

/* Receives one waiting frame, if any: returns 1 and fills `r`. The bytes
 * stay valid until the next call. */
int torc__transport_poll(struct torc__msg_reader *r);

/* Receives a bulk part from `source` straight into `dest` (blocking). */
void torc__transport_recv_bulk(int source, void *dest, uint64_t bytes);

/* Whether some send has not completed yet. Transports that move large
 * messages in pieces need the sender to keep calling progress(). */
int torc__transport_sending(void);

/* Waits for every outstanding send. */
void torc__transport_drain(void);

#endif /* TORC_TRANSPORT_H */
