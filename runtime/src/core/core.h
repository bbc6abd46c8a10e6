/*
 * core.h: the runtime's life cycle (torc_init, torc_launch, torc_shutdown,
 * torc_abi_main); the interface of core/.
 *
 * lifecycle.c runs the public calls in order (lifecycle.h); runtime.c
 * holds the runtime's state, one structure with a part per layer
 * (runtime.h); environment.c starts and ends MPI, reads the environment
 * and makes the checks every node agrees on before a run; setup.c sets up
 * and tears down the node's scheduling and network state; adoption.c lets
 * the program's thread be the primary task (torc_launch(NULL)) and hands
 * exit(n) in the primary over to the shutdown.
 */
#ifndef TORC_CORE_H
#define TORC_CORE_H

#include "core/adoption.h"
#include "core/config.h"
#include "core/environment.h"
#include "core/lifecycle.h"
#include "core/runtime.h"
#include "core/setup.h"

#endif /* TORC_CORE_H */
