//===- Driver.h - runs the translation and the C compiler -----------------===//

#ifndef TORCC_DRIVER_H
#define TORCC_DRIVER_H

#include "CommandLine.h"
#include "Layout.h"

namespace torcc {

/// Carries out \p O and returns the process exit status. This is the only
/// place that writes files or starts processes.
int runDriver(const Options &O, const Layout &L);

} // namespace torcc

#endif
