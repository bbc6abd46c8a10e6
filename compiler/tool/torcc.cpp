//===- torcc.cpp - the torcc command --------------------------------------===//
//
// Only parses the command line and hands it to the driver; everything else
// lives in the library.
//
//===----------------------------------------------------------------------===//

#include "CommandLine.h"
#include "Driver.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"

int main(int argc, const char **argv) {
  llvm::InitLLVM Init(argc, argv);
  std::vector<std::string> Args(argv + 1, argv + argc);
  torcc::Options Options;
  std::string Error;
  if (!torcc::parseCommandLine(Args, Options, Error)) {
    llvm::errs() << "torcc: error: " << Error << "\n"
                 << "usage: torcc in.c -o out.c [-- flags] | torcc -E in.c | "
                    "torcc [cflags] [-c] files... [-o out]; see --help\n";
    return 1;
  }
  static int Anchor;
  std::string Self = llvm::sys::fs::getMainExecutable(argv[0], &Anchor);
  return torcc::runDriver(Options, torcc::layoutFor(Self));
}
