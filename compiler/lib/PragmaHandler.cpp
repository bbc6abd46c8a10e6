//===- PragmaHandler.cpp - records #pragma torc while Clang preprocesses --===//

#include "PragmaHandler.h"

#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/MacroInfo.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"

#include <iterator>

using namespace clang;

namespace torcc {

namespace {

/// The end of `_Pragma ( "..." )` written directly in a file: the operator is
/// lexed again from the file because its tokens were consumed by Clang.
SourceLocation endOfPragmaOperator(Preprocessor &PP, SourceLocation Begin) {
  const SourceManager &SM = PP.getSourceManager();
  SourceLocation Loc = Begin;
  for (tok::TokenKind Expected :
       {tok::identifier, tok::l_paren, tok::string_literal, tok::r_paren}) {
    Token Tok;
    if (Lexer::getRawToken(Loc, Tok, SM, PP.getLangOpts(),
                           /*IgnoreWhiteSpace=*/true))
      return SourceLocation();
    // The operand may be any string literal: C deletes an L, u, U or u8
    // prefix, and so does Clang.
    bool Matches = Expected == tok::string_literal
                       ? tok::isStringLiteral(Tok.getKind())
                       : Tok.getKind() == Expected;
    if (Expected != tok::identifier && !Matches)
      return SourceLocation();
    Loc = Tok.getEndLoc();
  }
  return Loc;
}

/// True when the macro whose expansion produced \p Loc consists of exactly
/// `_Pragma("...")`, so that replacing the macro's use replaces nothing else.
bool macroIsPragmaAlone(Preprocessor &PP, SourceLocation Loc) {
  const SourceManager &SM = PP.getSourceManager();
  SourceLocation Use = SM.getExpansionLoc(Loc);
  Token NameTok;
  if (Lexer::getRawToken(Use, NameTok, SM, PP.getLangOpts()) ||
      NameTok.isNot(tok::raw_identifier))
    return false;
  const MacroInfo *MI =
      PP.getMacroInfo(PP.getIdentifierInfo(NameTok.getRawIdentifier()));
  if (!MI || !MI->isObjectLike() || MI->getNumTokens() != 4)
    return false;
  const IdentifierInfo *First = MI->getReplacementToken(0).getIdentifierInfo();
  return First && First->getName() == "_Pragma";
}

/// Keeps `_Pragma` from being expanded while it lives. Clang 14 consumes
/// the end of the directive when `_Pragma` is not followed by a string
/// literal (`#pragma torc _Pragma(`) and then crashes reading past the end
/// of the file; inside a directive the operator means nothing anyway, so
/// it stays a plain identifier that the parser refuses.
class PragmaOperatorOff {
public:
  explicit PragmaOperatorOff(Preprocessor &PP)
      : MI(PP.getMacroInfo(PP.getIdentifierInfo("_Pragma"))) {
    if (MI && MI->isEnabled())
      MI->DisableMacro();
    else
      MI = nullptr;
  }
  ~PragmaOperatorOff() {
    if (MI)
      MI->EnableMacro();
  }
  PragmaOperatorOff(const PragmaOperatorOff &) = delete;
  PragmaOperatorOff &operator=(const PragmaOperatorOff &) = delete;

private:
  MacroInfo *MI;
};

} // namespace

void TorcPragmaHandler::HandlePragma(Preprocessor &PP, PragmaIntroducer Intro,
                                     Token &FirstToken) {
  const SourceManager &SM = PP.getSourceManager();
  RawDirective Raw;
  Raw.IntroLoc = Intro.Loc;

  Token Tok;
  {
    PragmaOperatorOff Guard(PP);
    // Collected on the stack, so that a file with thousands of directives
    // allocates each one's list once, at its size.
    llvm::SmallVector<PragmaToken, 16> Tokens;
    llvm::SmallString<64> Buffer; // For a spelling that needs cleaning.
    PP.Lex(Tok);
    while (Tok.isNot(tok::eod) && Tok.isNot(tok::eof)) {
      Tokens.push_back({Tok.getKind(), PP.getSpelling(Tok, Buffer).str(),
                        Tok.getLocation(), Tok.hasLeadingSpace()});
      PP.Lex(Tok);
    }
    Raw.Tokens.assign(std::make_move_iterator(Tokens.begin()),
                      std::make_move_iterator(Tokens.end()));
  }

  if (Intro.Loc.isMacroID()) {
    if (macroIsPragmaAlone(PP, Intro.Loc))
      Raw.Range = CharSourceRange::getTokenRange(
          SM.getExpansionRange(Intro.Loc).getAsRange());
    else
      Raw.UnrewritableMacro = true;
  } else if (Intro.Kind == PIK_HashPragma) {
    Raw.Range = CharSourceRange::getCharRange(Intro.Loc, Tok.getLocation());
  } else {
    SourceLocation End = endOfPragmaOperator(PP, Intro.Loc);
    if (End.isValid())
      Raw.Range = CharSourceRange::getCharRange(Intro.Loc, End);
  }
  Out.push_back(std::move(Raw));
}

} // namespace torcc
