/*
 * scheduling.h: the interface of scheduling/ to the layers above it
 * (network/, core/).
 *
 * Scheduling runs tasks inside one node: worker threads (worker.h) with
 * their deques and inboxes, spawning and placing tasks (scheduler.h),
 * completing them on their origin (completion.h), `parallel for` chunks
 * (group.h), copying `in` data at the spawn (capture.h) and placing
 * threads on cores (affinity.h). Its state is torc__node (node.h).
 * Records leaving the node go through the outbox (outbox.h), whose link
 * the network layer installs: scheduling never calls that layer.
 */
#ifndef TORC_SCHEDULING_H
#define TORC_SCHEDULING_H

#include "scheduling/affinity.h"
#include "scheduling/capture.h"
#include "scheduling/completion.h"
#include "scheduling/eventcount.h"
#include "scheduling/group.h"
#include "scheduling/inbox.h"
#include "scheduling/node.h"
#include "scheduling/outbox.h"
#include "scheduling/scheduler.h"
#include "scheduling/worker.h"

#endif /* TORC_SCHEDULING_H */
