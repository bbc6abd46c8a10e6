/*
 * registry.h: the table of task descriptors.
 *
 * Generated code registers descriptors from constructors, before main and
 * before MPI. At start-up the runtime numbers the distinct names in sorted
 * order, so every node of the same build gives a task the same id, and a
 * TASK message carries only that id.
 */
#ifndef TORC_REGISTRY_H
#define TORC_REGISTRY_H

#include <stdint.h>

#include "torc_abi.h"

/* Numbers the registered tasks; later registrations are an error. */
void torc__registry_seal(void);

/* The descriptor with id `id`, or NULL when out of range. */
const torc_abi_task *torc__registry_get(uint32_t id);

/* A hash of every name and size, to check that all nodes run one build. */
uint64_t torc__registry_hash(void);

/* Frees the table and allows registration again (for a later run). */
void torc__registry_unseal(void);

#endif /* TORC_REGISTRY_H */
