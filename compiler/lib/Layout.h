//===- Layout.h - where torcc finds what it ships with --------------------===//

#ifndef TORCC_LAYOUT_H
#define TORCC_LAYOUT_H

#include <string>

namespace torcc {

/// Where torcc finds the runtime and Clang's builtin headers: relative to
/// its own executable, by the same relative paths in a build tree and in an
/// installation, so that an installed prefix works wherever it is moved.
struct Layout {
  std::string IncludeDir;  ///< <torc.h> and <torc_abi.h>
  std::string Library;     ///< libtorc.a, which driver mode links
  std::string ResourceDir; ///< Clang's, with its builtin headers
};

/// The layout around the torcc (or torcc-fuzz) at \p ExecutablePath.
Layout layoutFor(const std::string &ExecutablePath);

/// What is missing from \p L, as a sentence for a message, or an empty
/// string when nothing is: a torcc copied without the rest of its prefix
/// says so, instead of failing to find <stddef.h> in the user's code. The
/// library counts only when \p Linking.
std::string missingFrom(const Layout &L, bool Linking);

} // namespace torcc

#endif
