//===- PrivateDirectory.cpp - where the driver keeps its temporary files --===//

#include "PrivateDirectory.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <csignal>
#include <unistd.h>
#include <vector>

namespace torcc {

namespace {

/// What a signal removes: files first, then directories, deepest last
/// added first. A handler may only make async-signal-safe calls, so the
/// paths are kept ready; they change only with the signals blocked.
std::vector<std::string> Files, Directories;

const int CleanupSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

void removeAll() {
  for (const std::string &F : Files)
    unlink(F.c_str());
  for (auto D = Directories.rbegin(); D != Directories.rend(); ++D)
    rmdir(D->c_str());
}

extern "C" void removeAndResignal(int Signal) {
  removeAll();
  // The default action then ends the process with the signal, as the shell
  // and make expect of an interrupted compiler; the signal stays blocked
  // until this handler returns.
  std::signal(Signal, SIG_DFL);
  std::raise(Signal);
}

/// Runs \p Change with the cleanup signals blocked, so that a handler
/// never sees the lists half-changed.
template <typename Fn> void withSignalsBlocked(Fn Change) {
  sigset_t Block, Old;
  sigemptyset(&Block);
  for (int S : CleanupSignals)
    sigaddset(&Block, S);
  sigprocmask(SIG_BLOCK, &Block, &Old);
  Change();
  sigprocmask(SIG_SETMASK, &Old, nullptr);
}

void installHandlers() {
  static bool Installed = false;
  if (Installed)
    return;
  Installed = true;
  struct sigaction Action = {};
  Action.sa_handler = removeAndResignal;
  sigemptyset(&Action.sa_mask);
  for (int S : CleanupSignals)
    sigaddset(&Action.sa_mask, S);
  for (int S : CleanupSignals) {
    struct sigaction Old;
    // A signal the caller ignores (nohup, a background job) stays ignored.
    if (sigaction(S, nullptr, &Old) == 0 && Old.sa_handler == SIG_IGN)
      continue;
    sigaction(S, &Action, nullptr);
  }
}

} // namespace

bool PrivateDirectory::create(std::string &Error) {
  llvm::SmallString<256> Path;
  if (std::error_code EC =
          llvm::sys::fs::createUniqueDirectory("torcc", Path)) {
    Error = "cannot create a temporary directory: " + EC.message();
    return false;
  }
  Root = std::string(Path);
  installHandlers();
  withSignalsBlocked([&] { Directories.push_back(Root); });
  if (std::error_code EC =
          llvm::sys::fs::setPermissions(Root, llvm::sys::fs::owner_all)) {
    Error = "cannot make '" + Root + "' private: " + EC.message();
    return false;
  }
  return true;
}

std::string PrivateDirectory::sourceDirectory(unsigned Index) {
  llvm::SmallString<256> Path(Root);
  llvm::sys::path::append(Path, std::to_string(Index));
  std::string Dir(Path);
  withSignalsBlocked([&] { Directories.push_back(Dir); });
  if (llvm::sys::fs::create_directory(Dir, /*IgnoreExisting=*/false))
    return "";
  return Dir;
}

std::string PrivateDirectory::file(llvm::StringRef Dir, llvm::StringRef Name) {
  llvm::SmallString<256> Path(Dir);
  llvm::sys::path::append(Path, Name);
  std::string File(Path);
  withSignalsBlocked([&] { Files.push_back(File); });
  return File;
}

PrivateDirectory::~PrivateDirectory() {
  if (Root.empty())
    return;
  withSignalsBlocked([&] {
    Files.clear();
    Directories.clear();
  });
  // Outside a signal handler: everything, whatever the compiler added.
  llvm::sys::fs::remove_directories(Root);
}

} // namespace torcc
