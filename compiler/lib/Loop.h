//===- Loop.h - the loop of a `parallel for` ------------------------------===//

#ifndef TORCC_LOOP_H
#define TORCC_LOOP_H

#include "Diagnostics.h"
#include "Directive.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Stmt.h"

namespace torcc {

/// Checks that \p Loop is in the canonical form of spec §1.5: an integer
/// index initialised (or declared) in the init, compared with `<`, `<=`,
/// `>` or `>=`, and moved by an invariant step. The loop itself runs as
/// written, one spawn per iteration, so these rules are what the spec
/// promises rather than what the generated code needs.
bool checkCanonicalLoop(const clang::ForStmt *Loop, Diagnostics &Diags);

/// The single statement of the loop's body, looking through braces, or
/// null when the body holds anything else.
const clang::Stmt *loopBodyStatement(const clang::ForStmt *Loop);

/// Checks what can be checked of a `chunksize` argument without parsing it
/// as C: a floating or string literal, or a name of a variable or function
/// of non-integer type visible in \p F, is reported.
bool checkChunkExpression(const Clause &C, const clang::FunctionDecl *F,
                          clang::ASTContext &Ctx, Diagnostics &Diags);

} // namespace torcc

#endif
