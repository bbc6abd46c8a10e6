//===- SpawnHelpers.cpp - spawn helpers shared between sites --------------===//

#include "SpawnHelpers.h"

#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringSet.h"

using namespace clang;

namespace torcc {

bool SpawnHelpers::boundsNameOnlyParameters(const SpawnSite &S) const {
  llvm::StringSet<> Parameters;
  for (const ParamPlan &P : S.Plan.Params)
    Parameters.insert(P.Name);
  auto OnlyParameters = [&](const std::string &Text) {
    // The raw lexer wants a buffer that ends in a NUL, as c_str() does.
    Lexer L(SourceLocation(), Ctx.getLangOpts(), Text.c_str(), Text.c_str(),
            Text.c_str() + Text.size());
    Token T;
    for (L.LexFromRawLexer(T); T.isNot(tok::eof); L.LexFromRawLexer(T)) {
      if (T.isNot(tok::raw_identifier))
        continue;
      StringRef Name = T.getRawIdentifier();
      auto Entry = Ctx.Idents.find(Name);
      // Every name the parser saw is in the table; a keyword has a token
      // kind of its own.
      if (Entry == Ctx.Idents.end() || Entry->getValue()->hadMacroDefinition())
        return false;
      if (Entry->getValue()->getTokenID() == tok::identifier &&
          !Parameters.count(Name))
        return false;
    }
    return true;
  };
  for (const ParamPlan &P : S.Plan.Params)
    if (P.IsBuffer && !(OnlyParameters(P.Lo) && OnlyParameters(P.Len)))
      return false;
  return true;
}

unsigned SpawnHelpers::use(const SpawnSite &S, unsigned Shape,
                           unsigned Offset, llvm::raw_ostream &OS) {
  if (boundsNameOnlyParameters(S)) {
    std::string Text;
    llvm::raw_string_ostream Key(Text);
    Gen.spawnHelper(S, Shape, 0, /*Markers=*/false, Key);
    auto Inserted = ByText.try_emplace(Key.str(), Written{S.Id, Offset});
    const Written &Earlier = Inserted.first->getValue();
    if (!Inserted.second && Earlier.Offset <= Offset)
      return Earlier.Helper;
    if (!Inserted.second)
      Inserted.first->getValue() = Written{S.Id, Offset};
  }
  Gen.spawnHelper(S, Shape, S.Id, /*Markers=*/true, OS);
  return S.Id;
}

} // namespace torcc
