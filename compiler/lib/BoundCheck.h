//===- BoundCheck.h - names and types of section bounds -------------------===//
//
// The bounds of `p[lo:len]` are kept as text and evaluated in the spawn
// function, whose parameters are the task function's. This checks, before
// any code is generated, that every name in a bound means something there
// and that each bound is an integer.
//
//===----------------------------------------------------------------------===//

#ifndef TORCC_BOUNDCHECK_H
#define TORCC_BOUNDCHECK_H

#include "Diagnostics.h"
#include "Directive.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"

namespace torcc {

/// Checks the bounds of every section in the data clauses of \p D against
/// the parameters of \p Task and the file-scope names declared before the
/// spawn function's place: just before \p Caller, the function that spawns,
/// or, for a directive on \p Task's declaration (\p Caller null), before
/// that declaration. Reports a name that is neither, and a bound whose type
/// is a pointer, a string literal or not an integer; false if it did.
/// Whatever it cannot read is left to the C compiler.
bool checkSectionBounds(clang::ASTContext &Ctx, const Directive &D,
                        const clang::FunctionDecl *Task,
                        const clang::FunctionDecl *Caller, Diagnostics &Diags);

} // namespace torcc

#endif
