/*
 * trace_json.h: node 0's trace file as text, in the Trace Event Format.
 *
 * trace.c records the events and gathers them from every node; this writer
 * only turns them into JSON: the file's first bytes, metadata naming each
 * node and its threads, a complete ("X") slice per event with its flow,
 * and the closing object. It sends and receives nothing and keeps no event,
 * so trace.c can hand it another node's events a chunk at a time, as they
 * arrive.
 */
#ifndef TORC_TRACE_JSON_H
#define TORC_TRACE_JSON_H

#include <stdio.h>

#include "diagnostics/trace.h"

struct torc__trace_json;

/* Writes the file's first bytes to `f` and flushes them. Returns 0, or -1
 * with errno set. */
int torc__trace_json_head(FILE *f);

/*
 * A writer of the rest of the file to `f`, for a run of `nodes` nodes with
 * `nworkers` workers each, after torc__trace_json_head. Stops the job when
 * out of memory.
 */
struct torc__trace_json *torc__trace_json_new(FILE *f, int nodes,
                                              int nworkers);

/* Names node `node`, on `host`, and its threads. */
void torc__trace_json_node(struct torc__trace_json *o, int node,
                           const char *host);

/* One event recorded on node `node`. Task ids are named through the
 * registry, so the task table must still be numbered. */
void torc__trace_json_event(struct torc__trace_json *o, int node,
                            const struct torc__trace_event *e);

/*
 * Writes the end of the file and frees `o`; `f` stays open. Returns 0, or
 * the errno of the first write that failed: after one, the calls above
 * still take their arguments but write nothing more.
 */
int torc__trace_json_end(struct torc__trace_json *o);

#endif /* TORC_TRACE_JSON_H */
