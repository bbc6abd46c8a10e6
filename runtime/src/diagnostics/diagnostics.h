/*
 * diagnostics.h: the interface of diagnostics/ to the layers above it.
 *
 * What the runtime tells its user about a run: failures of user code
 * (failure.h), crashes (crash.h) and calls to exit (exiting.h), each
 * reported as one line before the job ends; the trace (trace.h); the
 * counters printed by TORC_STATS (stats.h); and the TORC_PROGRESS line
 * (progress.h). The runtime's own fatal errors are support/fatal.h. Its
 * state is torc__diagnostics (state.h).
 */
#ifndef TORC_DIAGNOSTICS_H
#define TORC_DIAGNOSTICS_H

#include "diagnostics/crash.h"
#include "diagnostics/exiting.h"
#include "diagnostics/failure.h"
#include "diagnostics/progress.h"
#include "diagnostics/state.h"
#include "diagnostics/stats.h"
#include "diagnostics/trace.h"

#endif /* TORC_DIAGNOSTICS_H */
