//===- Directive.h - records of #pragma torc directives -------------------===//
//
// The pragma handler records the raw tokens of each directive while Clang
// preprocesses; the parser turns them into a Directive. Everything here is
// plain data: expressions stay as source text, because torcc re-emits them
// into generated code rather than evaluating them.
//
//===----------------------------------------------------------------------===//

#ifndef TORCC_DIRECTIVE_H
#define TORCC_DIRECTIVE_H

#include "clang/Basic/SourceLocation.h"
#include "clang/Basic/TokenKinds.h"

#include <string>
#include <vector>

namespace torcc {

/// One token of a directive, with the spelling it had after macro expansion.
struct PragmaToken {
  clang::tok::TokenKind Kind;
  std::string Spelling;
  clang::SourceLocation Loc;
  bool LeadingSpace;
};

/// A directive as the pragma handler saw it.
struct RawDirective {
  /// Where `#pragma` or `_Pragma` starts (a macro location if a macro
  /// produced it).
  clang::SourceLocation IntroLoc;
  /// The characters to replace in the main file, when the directive can be
  /// rewritten there; invalid otherwise.
  clang::CharSourceRange Range;
  /// True when a macro produced the directive but its expansion holds more
  /// than the directive, so it cannot be replaced.
  bool UnrewritableMacro = false;
  /// The tokens after `torc`, up to the end of the directive.
  std::vector<PragmaToken> Tokens;
};

enum class DirectiveKind { Task, Wait, Spmd, ParallelFor, Broadcast };

enum class ClauseKind {
  In,
  Out,
  Inout,
  Shared,
  If,
  Node,
  Worker,
  Local,
  Callback,
  Checkpoint,
  Chunksize
};

/// `p`, `p[lo:len]` or `p[:len]` in a data clause.
struct Item {
  std::string Name;
  clang::SourceLocation Loc;
  bool HasSection = false;
  std::string Lo;  ///< Source text; "0" when omitted.
  std::string Len; ///< Source text; meaningful when HasSection.
  /// The tokens of Lo (none when it was omitted) and of Len, which torcc
  /// reads to check names and types before re-emitting the text.
  std::vector<PragmaToken> LoTokens;
  std::vector<PragmaToken> LenTokens;
};

struct Clause {
  ClauseKind Kind;
  clang::SourceLocation Loc;
  std::string Expr; ///< if/node/worker/chunksize: the argument; callback:
                    ///< the callee.
  std::vector<PragmaToken> ExprTokens; ///< The tokens of Expr.
  std::vector<std::string> Args; ///< callback: the call's arguments.
  std::vector<Item> Items;       ///< in/out/inout.
};

struct Directive {
  DirectiveKind Kind;
  clang::SourceLocation Loc; ///< Expansion location of the introducer.
  clang::CharSourceRange Range;
  clang::SourceLocation EndLoc; ///< Where a clause could be appended.
  std::vector<Clause> Clauses;
  std::vector<Item> Items; ///< broadcast: the variables and sections.

  const Clause *find(ClauseKind K) const {
    for (const Clause &C : Clauses)
      if (C.Kind == K)
        return &C;
    return nullptr;
  }
};

const char *directiveName(DirectiveKind K);
const char *clauseName(ClauseKind K);
/// Whether \p K says how data moves (in, out, inout, shared): the only
/// clauses a function declaration may carry.
bool isDataClause(ClauseKind K);

} // namespace torcc

#endif
