//===- Outstanding.h - where a function's tasks may still be running ------===//
//
// Every function that spawns tasks waits for them before its frame ends:
// before each `return` and at the end of its body. This analysis finds the
// frame ends that need that wait, and the variables a pending task writes
// whose scope ends before the function reaches a wait.
//
//===----------------------------------------------------------------------===//

#ifndef TORCC_OUTSTANDING_H
#define TORCC_OUTSTANDING_H

#include "CodeGen.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/ArrayRef.h"

#include <vector>

namespace torcc {

/// A place where the function must wait for its children before its frame
/// ends: a `return`, or the function's body for its closing brace.
struct FrameEnd {
  const clang::Stmt *At = nullptr;
  /// The `return` is the whole body of an `if`, `else` or loop, so the wait
  /// and the `return` need braces to stay one statement.
  bool NeedsBraces = false;
};

/// A variable that a task may write after its scope has ended.
struct ScopeViolation {
  const SpawnSite *Site = nullptr;
  const clang::Expr *Written = nullptr; ///< The argument or `lvalue`.
  const clang::VarDecl *Var = nullptr;
  clang::SourceLocation End; ///< Where the scope ends.
  /// The `break`, `continue` or `goto` that leaves the scope; null when
  /// control reaches the scope's end.
  const clang::Stmt *Exit = nullptr;
  /// The scope is inside a loop, so the fix is to declare it before.
  bool InLoop = false;
};

struct FunctionFlow {
  std::vector<FrameEnd> Waits;
  std::vector<ScopeViolation> Violations;
};

/// Walks the body of \p F, whose spawn sites (`task` and `parallel for`)
/// are \p Sites and whose `#pragma torc wait` directives start at the main
/// file offsets \p WaitOffsets, in increasing order.
FunctionFlow analyzeOutstanding(clang::ASTContext &Ctx,
                                const clang::FunctionDecl *F,
                                llvm::ArrayRef<const SpawnSite *> Sites,
                                llvm::ArrayRef<unsigned> WaitOffsets);

} // namespace torcc

#endif
