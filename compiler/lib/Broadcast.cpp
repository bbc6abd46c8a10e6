//===- Broadcast.cpp - `#pragma torc broadcast` of global variables -------===//

#include "Broadcast.h"

#include "CodeGen.h"
#include "TransferPlan.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace torcc {

namespace {

/// The last variable named \p Name declared in \p F before \p Loc: a
/// local or a parameter, which would shadow a global of that name.
const VarDecl *localNamed(const FunctionDecl *F, llvm::StringRef Name,
                          SourceLocation Loc, const SourceManager &SM) {
  class Finder : public RecursiveASTVisitor<Finder> {
  public:
    llvm::StringRef Name;
    SourceLocation Loc;
    const SourceManager *SM;
    const VarDecl *Found = nullptr;
    bool VisitVarDecl(VarDecl *V) {
      if (V->getName() == Name &&
          SM->isBeforeInTranslationUnit(SM->getExpansionLoc(V->getLocation()),
                                        Loc))
        Found = V;
      return true;
    }
  } Finder;
  Finder.Name = Name;
  Finder.Loc = SM.getExpansionLoc(Loc);
  Finder.SM = &SM;
  Finder.TraverseDecl(const_cast<FunctionDecl *>(F));
  return Finder.Found;
}

const VarDecl *globalNamed(ASTContext &Ctx, llvm::StringRef Name,
                           SourceLocation Loc) {
  const SourceManager &SM = Ctx.getSourceManager();
  for (const NamedDecl *N : Ctx.getTranslationUnitDecl()->lookup(
           DeclarationName(&Ctx.Idents.get(Name)))) {
    const auto *V = dyn_cast<VarDecl>(N);
    if (!V || !V->isFileVarDecl())
      continue;
    for (const VarDecl *R : V->redecls())
      if (SM.isBeforeInTranslationUnit(SM.getExpansionLoc(R->getLocation()),
                                       SM.getExpansionLoc(Loc)))
        return V;
  }
  return nullptr;
}

bool checkType(ASTContext &Ctx, const Item &I, const VarDecl *V,
               Diagnostics &Diags) {
  QualType T = V->getType();
  if (I.HasSection && !Ctx.getAsConstantArrayType(T)) {
    Diags.report(I.Loc, Diag::broadcast_section_not_array) << I.Name << T;
    return false;
  }
  QualType Elem = T;
  while (const ArrayType *AT = Ctx.getAsArrayType(Elem))
    Elem = AT->getElementType();
  if (Elem.isConstQualified()) {
    Diags.report(I.Loc, Diag::broadcast_const) << I.Name;
    return false;
  }
  if (Elem->isPointerType() || Elem->isBlockPointerType() ||
      Elem->isFunctionType()) {
    Diags.report(I.Loc, Diag::broadcast_pointer) << I.Name << T;
    return false;
  }
  std::string Member = pointerMember(Elem, Ctx);
  if (!Member.empty()) {
    Diags.report(I.Loc, Diag::broadcast_pointer_member)
        << I.Name << T << Member;
    return false;
  }
  return true;
}

} // namespace

std::string globalName(const VarDecl *V) {
  return "__torc_global_" + V->getNameAsString();
}

bool planBroadcast(ASTContext &Ctx, const BroadcastDirective &B,
                   Diagnostics &Diags, BroadcastPlan &Out) {
  const SourceManager &SM = Ctx.getSourceManager();
  Out.Site = &B;
  Out.Line = SM.getExpansionLineNumber(B.Dir->Loc);
  bool Ok = true;
  for (const Item &I : B.Dir->Items) {
    if (const VarDecl *L = localNamed(B.Caller, I.Name, B.Dir->Loc, SM)) {
      Diags.report(I.Loc, Diag::broadcast_local)
          << I.Name << (isa<ParmVarDecl>(L) ? "parameter" : "local variable")
          << B.Caller;
      Diags.report(L->getLocation(), Diag::declared_here) << L;
      Ok = false;
      continue;
    }
    const VarDecl *V = globalNamed(Ctx, I.Name, B.Dir->Loc);
    if (!V) {
      Diags.report(I.Loc, Diag::broadcast_unknown) << I.Name;
      Ok = false;
      continue;
    }
    if (!checkType(Ctx, I, V, Diags)) {
      Diags.report(V->getLocation(), Diag::declared_here) << V;
      Ok = false;
      continue;
    }
    Out.Items.push_back({V->getCanonicalDecl(), I.HasSection, I.Lo, I.Len});
  }
  return Ok;
}

std::string globalBlock(const VarDecl *V, const std::string &File) {
  std::string Name = V->getNameAsString();
  std::string Key = V->getFormalLinkage() == InternalLinkage
                        ? quote(File + ":" + Name)
                        : quote(Name);
  std::string D = globalName(V);
  return "static torc_abi_global " + D + " = {TORC_ABI_VERSION, " + Key +
         ", (void *)&" + Name + ", sizeof(" + Name + "), -1};\n";
}

std::string broadcastStatement(const BroadcastPlan &P,
                               const std::string &File) {
  std::string Items;
  for (const BroadcastItem &I : P.Items) {
    std::string Name = I.Var->getNameAsString();
    std::string Offset = "0", Bytes = "sizeof(" + Name + ")";
    if (I.HasSection) {
      std::string Elem = "sizeof((" + Name + ")[0])";
      Offset = "(torc_abi_u64)(" + I.Lo + ") * " + Elem;
      Bytes = sectionBytes(Name, I.Lo, I.Len, Elem, "0", "&__torc_site");
    }
    Items += (Items.empty() ? "{&" : ", {&") + globalName(I.Var) + ", " +
             Offset + ", " + Bytes + "}";
  }
  return "{static const torc_abi_site __torc_site = {" + quote(File) + ", " +
         std::to_string(P.Line) +
         "}; const torc_abi_broadcast_item __torc_items[] = {" + Items +
         "}; torc_abi_broadcast(&__torc_site, __torc_items, " +
         std::to_string(P.Items.size()) + ");}";
}

} // namespace torcc
