//===- Redeclaration.cpp - one function annotated on several declarations ===//

#include "Redeclaration.h"

#include "llvm/ADT/STLExtras.h"

#include <map>
#include <string>

using namespace clang;

namespace torcc {

namespace {

/// What a directive says of one parameter: the clause and section as
/// compared, and as written for the message.
struct Said {
  std::string Meaning;
  std::string Written;
};

/// Bound expressions are kept as token text with the user's spacing;
/// `n+1` and `n + 1` mean the same.
std::string withoutSpaces(llvm::StringRef Text) {
  std::string Out;
  for (char C : Text)
    if (C != ' ')
      Out += C;
  return Out;
}

/// The items of \p D keyed by parameter position, so that declarations
/// that name their parameters differently still compare; an item that
/// names no parameter (reported later) is keyed by its name. A parameter
/// may have several items, `in(x[0:n])` and `shared(x)`, in any order.
std::map<std::string, Said> itemsOf(const DeclDirective &D) {
  std::map<std::string, std::map<std::string, std::string>> All;
  for (const Clause &C : D.Dir->Clauses) {
    for (const Item &I : C.Items) {
      std::string Key = I.Name;
      for (const ParmVarDecl *P : D.Decl->parameters())
        if (P->getName() == I.Name)
          Key = "#" + std::to_string(P->getFunctionScopeIndex());
      std::string Section, Meaning = clauseName(C.Kind);
      if (I.HasSection) {
        Section = "[" + I.Lo + ":" + I.Len + "]";
        Meaning += withoutSpaces(Section);
      }
      All[Key].emplace(Meaning, "'" + std::string(clauseName(C.Kind)) + "(" +
                                    I.Name + Section + ")'");
    }
  }
  std::map<std::string, Said> Out;
  for (const auto &Entry : All) {
    Said &S = Out[Entry.first];
    for (const auto &Item : Entry.second) {
      S.Meaning += (S.Meaning.empty() ? "" : " ") + Item.first;
      S.Written += (S.Written.empty() ? "" : " and ") + Item.second;
    }
  }
  return Out;
}

/// What a directive says of a parameter it does not name.
std::string nothingAbout(const DeclDirective &D, const std::string &Key) {
  if (Key[0] != '#')
    return "nothing about '" + Key + "'";
  unsigned Index = std::stoul(Key.substr(1));
  StringRef Name = D.Decl->getParamDecl(Index)->getName();
  if (Name.empty())
    return "nothing about parameter " + std::to_string(Index + 1);
  return "nothing about '" + Name.str() + "'";
}

} // namespace

bool checkRedeclaration(const DeclDirective &Earlier,
                        const DeclDirective &Later, Diagnostics &Diags) {
  std::map<std::string, Said> Before = itemsOf(Earlier);
  std::map<std::string, Said> After = itemsOf(Later);
  std::map<std::string, Said> All = After;
  All.insert(Before.begin(), Before.end());
  for (const auto &Entry : All) {
    auto B = Before.find(Entry.first);
    auto A = After.find(Entry.first);
    if (B != Before.end() && A != After.end() &&
        B->second.Meaning == A->second.Meaning)
      continue;
    std::string Here =
        A != After.end() ? A->second.Written : nothingAbout(Later, Entry.first);
    std::string There = B != Before.end() ? B->second.Written
                                          : nothingAbout(Earlier, Entry.first);
    Diags.report(Later.Dir->Loc, Diag::declaration_clauses_conflict)
        << Later.Decl << Here << There;
    Diags.report(Earlier.Dir->Loc, Diag::earlier_declaration_directive)
        << Earlier.Decl;
    return false;
  }
  return true;
}

} // namespace torcc
