//===- torcc-fuzz.cpp - libFuzzer target for the translator ---------------===//
//
// Each input is a C source file, translated in memory exactly as
// `torcc in.c -o out.c` translates it, with diagnostics discarded.
// libFuzzer and the sanitizers catch crashes, failed assertions, undefined
// behaviour and (with -timeout) hangs. Two promises of the language
// reference are not crashes, so they are checked here and abort when
// broken: bad input is refused with an error, and,
// with TORCC_FUZZ_REPARSE set in the environment, input that translates
// gives C that parses again. The second is off by default because clause
// expressions are re-emitted as text without a check of their own, so any
// misspelt bound fails it (DESIGN.md, "Fuzzing").
//
//===----------------------------------------------------------------------===//

#include "Translate.h"

#include "clang/Frontend/FrontendActions.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <cstdlib>

namespace {

/// The name the input parses under; quoted includes resolve in the
/// current directory.
const char *const InputName = "fuzz-input.c";

/// The runtime's and Clang's headers, found beside the fuzzer as torcc
/// finds them beside itself.
torcc::ParseSetup Setup;

/// Discards diagnostics but remembers the errors. It leaves the base
/// class's counts at zero, or Clang would print "N errors generated" for
/// every input; a failed translation is known by its result instead.
class ErrorRecorder : public clang::DiagnosticConsumer {
public:
  void HandleDiagnostic(clang::DiagnosticsEngine::Level Level,
                        const clang::Diagnostic &Info) override {
    if (Level < clang::DiagnosticsEngine::Error)
      return;
    Error = true;
    if (First.empty()) {
      llvm::SmallString<128> Text;
      Info.FormatDiagnostic(Text);
      First = std::string(Text);
    }
  }

  bool Error = false;
  std::string First; ///< The first error's message, for a bug report.
};

[[noreturn]] void broken(const char *Promise, const std::string &Detail) {
  llvm::errs() << "torcc-fuzz: " << Promise << "\n" << Detail << "\n";
  std::abort();
}

/// Whether \p Code, the translator's output, parses without an error.
bool parses(const std::string &Code, const torcc::ParseSetup &Setup,
            ErrorRecorder &Errors) {
  llvm::IntrusiveRefCntPtr<clang::FileManager> Files =
      torcc::withFile(InputName, Code);
  clang::tooling::ToolInvocation Invocation(
      torcc::parseArguments(InputName, Setup),
      std::make_unique<clang::SyntaxOnlyAction>(), Files.get());
  Invocation.setDiagnosticConsumer(&Errors);
  return Invocation.run() && !Errors.Error;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *Argc, char ***Argv) {
  (void)Argc;
  static int Anchor;
  Setup.Where = torcc::layoutFor(
      llvm::sys::fs::getMainExecutable((*Argv)[0], &Anchor));
  // Without its headers every input would fail alike, and pass.
  std::string Missing = torcc::missingFrom(Setup.Where, /*Linking=*/false);
  if (!Missing.empty()) {
    llvm::errs() << "torcc-fuzz: " << Missing << "\n";
    std::exit(1);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Code(reinterpret_cast<const char *>(Data), Size);
  ErrorRecorder Errors;
  std::optional<torcc::Translation> Translated =
      torcc::translateSource(InputName, Code, Setup, &Errors);
  if (!Translated) {
    // Not every error has a line: Clang refuses a whole file in an
    // encoding it cannot read by naming the file.
    if (!Errors.Error)
      broken("a translation failed without reporting an error", "");
    return 0;
  }
  // Written out every time, as the driver writes it.
  std::string Text = Translated->str();
  static const bool Reparse = std::getenv("TORCC_FUZZ_REPARSE") != nullptr;
  ErrorRecorder Output;
  if (Reparse && !parses(Text, Setup, Output))
    broken("a translation succeeded but its output does not parse",
           Output.First + "\n--- output ---\n" + Text);
  return 0;
}
