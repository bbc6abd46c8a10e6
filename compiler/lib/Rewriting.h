//===- Rewriting.h - bindings and generated text to edits of the file -----===//

#ifndef TORCC_REWRITING_H
#define TORCC_REWRITING_H

#include "Binder.h"
#include "Broadcast.h"
#include "CodeGen.h"
#include "Diagnostics.h"
#include "EditList.h"

#include <vector>

namespace torcc {

/// Everything the rewriter needs about one translation unit.
struct RewriteInput {
  const std::vector<Directive> *Directives = nullptr;
  const Bindings *Bound = nullptr;
  const std::vector<SpawnSite> *Sites = nullptr;
  const Planner *Plans = nullptr;
  const std::vector<BroadcastPlan> *Broadcasts = nullptr;
  std::string FileName; ///< As the user wrote it, for `#line`.
};

/// Turns the analysis into edits of the main file. It never writes files;
/// an edit that would land in a macro expansion is reported as an error.
bool rewriteMainFile(clang::ASTContext &Ctx, const CodeGen &Gen,
                     const RewriteInput &In, Diagnostics &Diags,
                     EditList &Out);

} // namespace torcc

#endif
