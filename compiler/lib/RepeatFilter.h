//===- RepeatFilter.h - each diagnostic printed once ----------------------===//

#ifndef TORCC_REPEATFILTER_H
#define TORCC_REPEATFILTER_H

#include "clang/Basic/Diagnostic.h"

#include <memory>
#include <string>

namespace torcc {

/// Passes diagnostics on to \p Inner, except one that repeats the one
/// before it (same level, place and text), with its notes. Clang reports
/// an error in a macro argument once for every use of the argument in the
/// expansion, all at the argument's place; the user's C compiler, and the
/// user, count it once.
class RepeatFilter : public clang::DiagnosticConsumer {
public:
  explicit RepeatFilter(std::unique_ptr<clang::DiagnosticConsumer> Inner)
      : Inner(std::move(Inner)) {}

  void BeginSourceFile(const clang::LangOptions &LO,
                       const clang::Preprocessor *PP) override {
    Inner->BeginSourceFile(LO, PP);
  }
  void EndSourceFile() override { Inner->EndSourceFile(); }
  void finish() override { Inner->finish(); }
  void HandleDiagnostic(clang::DiagnosticsEngine::Level Level,
                        const clang::Diagnostic &Info) override;

private:
  std::unique_ptr<clang::DiagnosticConsumer> Inner;
  clang::DiagnosticsEngine::Level LastLevel = clang::DiagnosticsEngine::Ignored;
  clang::SourceLocation LastPlace;
  std::string LastText;
  bool Skipping = false; ///< Dropping the notes of a dropped diagnostic.
};

} // namespace torcc

#endif
