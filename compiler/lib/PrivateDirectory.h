//===- PrivateDirectory.h - where the driver keeps its temporary files ----===//
//
// In driver mode the C compiler reads the translation from a file, and a
// quoted include is looked up first in the directory of that file. So the
// translation must not sit in a directory others can write, such as /tmp:
// a `conf.h` planted there would win over the project's own. Each source's
// translation gets a directory of its own inside one private directory
// (mode 0700), which holds nothing else.
//
// Everything in it is removed when the driver finishes, and on SIGINT,
// SIGTERM, SIGHUP and SIGQUIT too, before the signal takes its default
// effect.
//
//===----------------------------------------------------------------------===//

#ifndef TORCC_PRIVATEDIRECTORY_H
#define TORCC_PRIVATEDIRECTORY_H

#include "llvm/ADT/StringRef.h"

#include <string>

namespace torcc {

/// One at a time: the signal handlers serve a single directory.
class PrivateDirectory {
public:
  PrivateDirectory() = default;
  PrivateDirectory(const PrivateDirectory &) = delete;
  PrivateDirectory &operator=(const PrivateDirectory &) = delete;
  /// Removes the directory and everything in it.
  ~PrivateDirectory();

  /// Creates the directory in the system's temporary directory ($TMPDIR).
  /// On failure returns false and sets \p Error.
  bool create(std::string &Error);

  /// A directory of its own for source number \p Index; empty on failure.
  std::string sourceDirectory(unsigned Index);

  /// The path of \p Name in \p Dir, one of this object's directories, which
  /// is removed with it whether or not anyone creates it.
  std::string file(llvm::StringRef Dir, llvm::StringRef Name);

private:
  std::string Root;
};

} // namespace torcc

#endif
