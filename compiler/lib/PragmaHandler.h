//===- PragmaHandler.h - records #pragma torc while Clang preprocesses ----===//

#ifndef TORCC_PRAGMAHANDLER_H
#define TORCC_PRAGMAHANDLER_H

#include "Directive.h"

#include "clang/Lex/Pragma.h"

#include <vector>

namespace torcc {

/// Records every `#pragma torc` and `_Pragma("torc ...")` with its tokens and
/// the source range it occupies. It never edits or diagnoses anything: the
/// parser and the binder decide what the directive means once the whole
/// translation unit has been seen.
class TorcPragmaHandler : public clang::PragmaHandler {
public:
  explicit TorcPragmaHandler(std::vector<RawDirective> &Out)
      : clang::PragmaHandler("torc"), Out(Out) {}

  void HandlePragma(clang::Preprocessor &PP, clang::PragmaIntroducer Intro,
                    clang::Token &FirstToken) override;

private:
  std::vector<RawDirective> &Out;
};

} // namespace torcc

#endif
