//===- Binder.h - attaches directives to statements and declarations ------===//

#ifndef TORCC_BINDER_H
#define TORCC_BINDER_H

#include "Diagnostics.h"
#include "Directive.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseMap.h"

#include <vector>

namespace torcc {

/// A `task` or `spmd` directive and the call statement it spawns.
struct CallSite {
  const Directive *Dir = nullptr;
  const clang::FunctionDecl *Caller = nullptr; ///< The enclosing definition.
  const clang::Expr *Statement = nullptr;      ///< The expression statement.
  const clang::Expr *Target = nullptr;         ///< `lvalue` or null.
  const clang::CallExpr *Call = nullptr;
  const clang::FunctionDecl *Callee = nullptr;
  /// `parallel for`: the loop whose body is the call; null for `task`.
  const clang::ForStmt *Loop = nullptr;
};

/// A `broadcast` directive and the function it appears in.
struct BroadcastDirective {
  const Directive *Dir = nullptr;
  const clang::FunctionDecl *Caller = nullptr;
};

/// A file-scope `task` directive and the function declaration it annotates.
struct DeclDirective {
  const Directive *Dir = nullptr;
  const clang::FunctionDecl *Decl = nullptr;
};

/// What the binder found; every directive of the main file is in exactly one
/// of the lists unless an error was reported.
struct Bindings {
  std::vector<CallSite> Calls;
  std::vector<const Directive *> Waits;
  std::vector<BroadcastDirective> Broadcasts;
  /// Keyed by the canonical declaration of the annotated function.
  llvm::DenseMap<const clang::FunctionDecl *, DeclDirective> Declarations;
  /// The definition of `main` to turn into the primary task, or null.
  const clang::FunctionDecl *Main = nullptr;
};

/// Binds each directive to what follows it (spec §1.1-1.4). Directives in
/// function bodies bind to the next statement of the same block, which must
/// be a spawnable call; file-scope `task` binds to the next declaration,
/// which must declare a function.
Bindings bindDirectives(clang::ASTContext &Ctx,
                        const std::vector<Directive> &Directives,
                        Diagnostics &Diags);

} // namespace torcc

#endif
