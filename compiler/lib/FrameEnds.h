//===- FrameEnds.h - the wait before a spawning function's frame ends -----===//
//
// A task's implicit wait happens before each of its `return`s and at the
// end of its body, so that nothing its children write lands in a frame
// that has ended (compiler/DESIGN.md, "Where a frame ends").
//
//===----------------------------------------------------------------------===//

#ifndef TORCC_FRAMEENDS_H
#define TORCC_FRAMEENDS_H

#include "Binder.h"
#include "CodeGen.h"
#include "Diagnostics.h"
#include "EditList.h"
#include "Outstanding.h"

#include <vector>

namespace torcc {

/// Finds, in every function of the main file that spawns, the `return`s
/// and body ends at which children may still be outstanding, and reports
/// each variable a task may write after its scope has ended. False after
/// reporting an error.
bool findFrameEnds(clang::ASTContext &Ctx, const Bindings &Bound,
                   const std::vector<SpawnSite> &Sites, Diagnostics &Diags,
                   std::vector<FrameEnd> &Out);

/// Inserts `torc_abi_wait();` at each of \p Ends. A frame end that comes
/// from a macro expansion, where the call cannot go, is an error. \p Main,
/// the `main` that becomes the primary task, or null, also gets `return 0;`
/// at the end of its body: renamed, it is no longer the function that C
/// lets fall off its end with status 0.
bool insertFrameWaits(clang::ASTContext &Ctx, const std::vector<FrameEnd> &Ends,
                      const clang::FunctionDecl *Main, Diagnostics &Diags,
                      EditList &Out);

} // namespace torcc

#endif
