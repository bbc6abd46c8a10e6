//===- TranslateAction.h - one file through every stage of torcc ----------===//

#ifndef TORCC_TRANSLATEACTION_H
#define TORCC_TRANSLATEACTION_H

#include "EditList.h"

#include "clang/Frontend/FrontendAction.h"

#include <memory>
#include <string>

namespace torcc {

/// The edits of the main file; Ok is false after any reported error.
struct TranslateResult {
  EditList Edits;
  bool Ok = false;
};

/// A frontend action that records `#pragma torc` while parsing and, once
/// the AST is complete, parses, binds, plans, generates and rewrites.
/// \p DisplayName is the file name that generated code and `#line` use.
std::unique_ptr<clang::FrontendAction>
makeTranslateAction(std::string DisplayName, TranslateResult &Out);

} // namespace torcc

#endif
