//===- PragmaOperatorGuard.h - no _Pragma operator inside a directive -----===//
//
// Clang 14 crashes on a `_Pragma` operator that is expanded inside a
// preprocessing directive and not followed by `("string")` on the same line
// (`#if _Pragma(` crashes clang-14 itself): its error recovery reads past
// the end of the directive, the directive then reads on to the end of the
// file looking for its own end, and the next read uses the lexer of the
// file that was just closed. The guard refuses such an operator before
// Clang reads anything after it.
//
//===----------------------------------------------------------------------===//

#ifndef TORCC_PRAGMAOPERATORGUARD_H
#define TORCC_PRAGMAOPERATORGUARD_H

#include "clang/Lex/Preprocessor.h"

namespace torcc {

/// Makes \p PP refuse every `_Pragma` (and, with -fms-extensions, every
/// `__pragma`) that is expanded inside a directive, the text of another
/// `_Pragma` included, unless a string literal in parentheses follows it on
/// the same line. A refused operator stays a plain identifier, the way GCC
/// reads `_Pragma` in `#if`, and Clang reports "_Pragma takes a
/// parenthesized string literal" at it, so the translation fails with a
/// located error. Operators anywhere else are left to Clang.
void guardPragmaOperators(clang::Preprocessor &PP);

} // namespace torcc

#endif
