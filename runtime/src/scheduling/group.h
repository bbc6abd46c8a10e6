/*
 * group.h: `parallel for` loops, whose iterations travel in bundles.
 *
 * A bundle is a record flagged TORC__T_BUNDLE that holds `chunk` member
 * records, each an ordinary spawned task with its own parent, result and
 * outputs. The bundle is what the scheduler places, what thieves take and
 * what the communication thread sends (its members go in one frame, all
 * but the last marked TORC__W_MORE); it never runs itself: the worker that
 * takes it runs its members one after another and frees it.
 */
#ifndef TORC_GROUP_H
#define TORC_GROUP_H

#include "scheduling/node.h"

/* Adds a spawned record to its loop's group, placing full bundles. The
 * spawning worker's thread. */
void torc__group_add(struct torc__worker *w, struct torc__task *t,
                     const torc_abi_options *opt);

/* An empty bundle with the given placement flags. */
struct torc__task *torc__group_bundle_new(uint32_t flags);

/* Appends a member (members are kept newest first until closed). */
void torc__group_bundle_add(struct torc__task *bundle,
                            struct torc__task *member);

/* Puts the members back in spawn order; call once, when complete. */
void torc__group_bundle_close(struct torc__task *bundle);

/* Runs the members of `bundle` in order on `w`, then frees the bundle. */
void torc__group_bundle_execute(struct torc__worker *w,
                                struct torc__task *bundle);

#endif /* TORC_GROUP_H */
