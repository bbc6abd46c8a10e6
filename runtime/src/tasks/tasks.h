/*
 * tasks.h: the interface of tasks/ to the other layers.
 *
 * The task record and its memory (task.h, blockcache.h), the table of
 * registered task descriptors (registry.h), and how a spawn site is named
 * in a message (site.h). Everything above it describes work in these
 * terms; nothing here knows about workers, nodes or messages.
 */
#ifndef TORC_TASKS_H
#define TORC_TASKS_H

#include "tasks/blockcache.h"
#include "tasks/registry.h"
#include "tasks/site.h"
#include "tasks/task.h"

#endif /* TORC_TASKS_H */
