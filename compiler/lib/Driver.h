//===- Driver.h - runs the translation and the C compiler -----------------===//

#ifndef TORCC_DRIVER_H
#define TORCC_DRIVER_H

#include "CommandLine.h"

#include <string>

namespace torcc {

/// Where torcc finds the runtime, derived from its own location, so that a
/// build tree and an installation (bin/, include/, lib/) both work.
struct Layout {
  std::string IncludeDir; ///< <torcc dir>/../include
  std::string Library;    ///< <torcc dir>/../lib/libtorc.a
};

Layout layoutFor(const std::string &ExecutablePath);

/// Carries out \p O and returns the process exit status. This is the only
/// place that writes files or starts processes.
int runDriver(const Options &O, const Layout &L);

} // namespace torcc

#endif
