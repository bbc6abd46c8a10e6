//===- Layout.cpp - where torcc finds what it ships with ------------------===//

#include "Layout.h"

#include "TorccConfig.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace torcc {

namespace {

std::string besideExecutable(llvm::StringRef BinDir, llvm::StringRef Relative,
                             llvm::StringRef File = "") {
  llvm::SmallString<256> Path(BinDir);
  llvm::sys::path::append(Path, Relative, File);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return std::string(Path);
}

} // namespace

Layout layoutFor(const std::string &ExecutablePath) {
  llvm::StringRef BinDir = llvm::sys::path::parent_path(ExecutablePath);
  Layout L;
  L.IncludeDir = besideExecutable(BinDir, TORCC_REL_INCLUDE_DIR);
  L.Library = besideExecutable(BinDir, TORCC_REL_LIB_DIR, "libtorc.a");
  L.ResourceDir = besideExecutable(BinDir, TORCC_REL_RESOURCE_DIR);
  return L;
}

std::string missingFrom(const Layout &L, bool Linking) {
  const std::pair<std::string, const char *> Needed[] = {
      {L.IncludeDir + "/torc_abi.h", "the runtime's headers"},
      {L.ResourceDir + "/include/stddef.h", "Clang's builtin headers"},
      {Linking ? L.Library : "", "the runtime library"}};
  for (const auto &[Path, What] : Needed)
    if (!Path.empty() && !llvm::sys::fs::exists(Path))
      return "cannot find " + std::string(What) + " at '" + Path +
             "'; torcc finds them relative to its own executable, so "
             "install or copy its whole prefix";
  return "";
}

} // namespace torcc
