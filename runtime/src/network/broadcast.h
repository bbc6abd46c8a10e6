/*
 * broadcast.h: `#pragma torc broadcast`, global variables copied to every
 * node.
 *
 * Globals are registered by name from constructors, like tasks, and
 * numbered by sorted name at start-up, so an item travels as an id. Each
 * item is one spmd call of the runtime's own task "torc:broadcast", whose
 * single `in` buffer is the item's bytes: every node's communication thread
 * copies them into its own copy of the variable, and the caller's spmd wait
 * returns once every node has.
 */
#ifndef TORC_BROADCAST_H
#define TORC_BROADCAST_H

/* Registers the broadcast task and numbers the registered globals; call
 * before torc__registry_seal. Later registrations are an error. */
void torc__broadcast_seal(void);

/* Forgets the numbering and allows registration again. */
void torc__broadcast_unseal(void);

#endif /* TORC_BROADCAST_H */
