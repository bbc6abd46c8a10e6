//===- PragmaOperatorGuard.cpp - no _Pragma operator inside a directive ---===//

#include "PragmaOperatorGuard.h"

#include "clang/Basic/CharInfo.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/MacroInfo.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/PreprocessorLexer.h"

#include <memory>

using namespace clang;

namespace torcc {

namespace {

/// Reads whether a lexer is in the middle of a directive. Clang 14 keeps
/// that flag protected, without an accessor; a pointer to the member,
/// formed through a derived class that is never instantiated, reads it
/// without a cast.
struct DirectiveFlag : PreprocessorLexer {
  static bool isSet(const PreprocessorLexer &Lexer) {
    return Lexer.*(&DirectiveFlag::ParsingPreprocessorDirective);
  }
};

/// Whether the text at \p Loc is the `_Pragma` operator.
bool spellsPragmaOperator(const SourceManager &SM, SourceLocation Loc) {
  bool Invalid = false;
  const char *Text = SM.getCharacterData(SM.getSpellingLoc(Loc), &Invalid);
  return !Invalid && StringRef(Text).startswith("_Pragma") &&
         !isAsciiIdentifierContinue(Text[7]);
}

/// Whether the token at \p Loc was lexed, directly or through macro
/// expansions, from the text of a `_Pragma("...")`. Clang lexes that text
/// as a `#pragma` line, from a scratch buffer, giving each of its tokens an
/// expansion whose start is the operator; no other expansion starts at a
/// `_Pragma` and is spelled in scratch space.
bool lexedFromPragmaText(const SourceManager &SM, SourceLocation Loc) {
  while (Loc.isMacroID()) {
    const SrcMgr::ExpansionInfo &Expansion =
        SM.getSLocEntry(SM.getFileID(Loc)).getExpansion();
    if (!Expansion.isMacroArgExpansion() &&
        SM.isWrittenInScratchSpace(Expansion.getSpellingLoc()) &&
        spellsPragmaOperator(SM, Expansion.getExpansionLocStart()))
      return true;
    Loc = Expansion.getExpansionLocStart();
  }
  return false;
}

/// Whether the operator spelled at \p Loc is followed by `(`, a string
/// literal and `)` before its line ends. Then Clang reads exactly those
/// three tokens: an operator expanded inside a directive is spelled on the
/// directive's line (in a macro argument, maybe), in a macro definition or
/// in the text of a `_Pragma`, each one logical line whose tokens after the
/// operator are the ones that follow it where it is expanded.
bool hasLiteralOperand(const SourceManager &SM, const LangOptions &Lang,
                       SourceLocation Loc) {
  std::pair<FileID, unsigned> At = SM.getDecomposedLoc(SM.getSpellingLoc(Loc));
  bool Invalid = false;
  StringRef Buffer = SM.getBufferData(At.first, &Invalid);
  if (Invalid)
    return false;
  Lexer Raw(SM.getLocForStartOfFile(At.first), Lang, Buffer.begin(),
            Buffer.begin() + At.second, Buffer.end());
  // The end of the line becomes an `eod` token, which matches nothing below.
  Raw.setParsingPreprocessorDirective(true);
  Token Tok;
  Raw.LexFromRawLexer(Tok); // The operator itself.
  Raw.LexFromRawLexer(Tok);
  if (Tok.isNot(tok::l_paren))
    return false;
  Raw.LexFromRawLexer(Tok);
  if (!tok::isStringLiteral(Tok.getKind()))
    return false;
  Raw.LexFromRawLexer(Tok);
  return Tok.is(tok::r_paren);
}

class PragmaOperatorGuard : public PPCallbacks {
public:
  explicit PragmaOperatorGuard(Preprocessor &PP)
      : PP(PP), PragmaOperator(PP.getIdentifierInfo("_Pragma")),
        MicrosoftOperator(PP.getIdentifierInfo("__pragma")) {}

  /// Clang calls this for a builtin macro just before it expands it, so
  /// the operator has not read anything yet.
  void MacroExpands(const Token &Name, const MacroDefinition &Definition,
                    SourceRange, const MacroArgs *) override {
    const IdentifierInfo *Id = Name.getIdentifierInfo();
    if (Id != PragmaOperator && Id != MicrosoftOperator)
      return;
    const MacroInfo *Info = Definition.getMacroInfo();
    if (!Info || !Info->isBuiltinMacro() || !insideDirective(Name))
      return;
    // `__pragma` takes tokens rather than a string; inside a directive it
    // is as meaningless as `_Pragma`, so it is always refused there.
    if (Id == PragmaOperator &&
        hasLiteralOperand(PP.getSourceManager(), PP.getLangOpts(),
                          Name.getLocation()))
      return;
    // The operator reads its `(` first. Given its own name again instead,
    // marked never to expand, it reports the error at itself and leaves
    // that name as the result, without touching the tokens after it, which
    // the directive then reads up to its end as usual.
    auto Plain = std::make_unique<Token[]>(1);
    Plain[0] = Name;
    Plain[0].setFlag(Token::DisableExpand);
    PP.EnterTokenStream(std::move(Plain), 1, /*DisableMacroExpansion=*/true,
                        /*IsReinject=*/true);
  }

private:
  /// Whether \p Name is being expanded inside a directive: the file being
  /// read is in one, or the token comes from the text of a `_Pragma`, which
  /// Clang reads as a `#pragma` line. Macro expansions under way do not
  /// matter: a file's directive can only start when no expansion is.
  bool insideDirective(const Token &Name) const {
    const PreprocessorLexer *File = PP.getCurrentFileLexer();
    return (File && DirectiveFlag::isSet(*File)) ||
           lexedFromPragmaText(PP.getSourceManager(), Name.getLocation());
  }

  Preprocessor &PP;
  const IdentifierInfo *PragmaOperator;
  const IdentifierInfo *MicrosoftOperator;
};

} // namespace

void guardPragmaOperators(Preprocessor &PP) {
  PP.addPPCallbacks(std::make_unique<PragmaOperatorGuard>(PP));
}

} // namespace torcc
