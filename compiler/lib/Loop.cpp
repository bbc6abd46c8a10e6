//===- Loop.cpp - the loop of a `parallel for` ----------------------------===//

#include "Loop.h"

#include "clang/AST/Expr.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace torcc {

namespace {

const VarDecl *indexOf(const Expr *E) {
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
    return dyn_cast<VarDecl>(DRE->getDecl());
  return nullptr;
}

/// Whether \p E mentions \p V; a step that does is not invariant.
bool mentions(const Stmt *E, const VarDecl *V) {
  if (!E)
    return false;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    if (DRE->getDecl() == V)
      return true;
  for (const Stmt *Child : E->children())
    if (mentions(Child, V))
      return true;
  return false;
}

/// The index of `int i = lo` or `i = lo`, or null.
const VarDecl *initIndex(const Stmt *Init) {
  if (const auto *DS = dyn_cast_or_null<DeclStmt>(Init)) {
    const auto *V = DS->isSingleDecl() ? dyn_cast<VarDecl>(DS->getSingleDecl())
                                       : nullptr;
    return V && V->getInit() ? V : nullptr;
  }
  if (const auto *BO = dyn_cast_or_null<BinaryOperator>(Init))
    if (BO->getOpcode() == BO_Assign)
      return indexOf(BO->getLHS());
  return nullptr;
}

bool conditionOk(const Expr *Cond, const VarDecl *I) {
  const auto *BO =
      Cond ? dyn_cast<BinaryOperator>(Cond->IgnoreParenImpCasts()) : nullptr;
  if (!BO)
    return false;
  BinaryOperatorKind Op = BO->getOpcode();
  return (Op == BO_LT || Op == BO_LE || Op == BO_GT || Op == BO_GE) &&
         indexOf(BO->getLHS()) == I && !mentions(BO->getRHS(), I);
}

/// `i++`, `++i`, `i--`, `--i`, `i += s`, `i -= s`, `i = i + s`, `i = i - s`
/// or `i = s + i`, with `s` not mentioning `i`.
bool incrementOk(const Expr *Inc, const VarDecl *I) {
  if (!Inc)
    return false;
  Inc = Inc->IgnoreParens();
  if (const auto *UO = dyn_cast<UnaryOperator>(Inc))
    return UO->isIncrementDecrementOp() && indexOf(UO->getSubExpr()) == I;
  if (const auto *CA = dyn_cast<CompoundAssignOperator>(Inc))
    return (CA->getOpcode() == BO_AddAssign ||
            CA->getOpcode() == BO_SubAssign) &&
           indexOf(CA->getLHS()) == I && !mentions(CA->getRHS(), I);
  const auto *BO = dyn_cast<BinaryOperator>(Inc);
  if (!BO || BO->getOpcode() != BO_Assign || indexOf(BO->getLHS()) != I)
    return false;
  const auto *Sum =
      dyn_cast<BinaryOperator>(BO->getRHS()->IgnoreParenImpCasts());
  if (!Sum)
    return false;
  if (Sum->getOpcode() == BO_Add && indexOf(Sum->getRHS()) == I)
    return !mentions(Sum->getLHS(), I);
  return (Sum->getOpcode() == BO_Add || Sum->getOpcode() == BO_Sub) &&
         indexOf(Sum->getLHS()) == I && !mentions(Sum->getRHS(), I);
}

bool isFloatingLiteral(const PragmaToken &T) {
  if (T.Kind != tok::numeric_constant)
    return false;
  llvm::StringRef S = T.Spelling;
  bool Hex = S.startswith_insensitive("0x");
  return S.contains('.') ||
         (Hex ? S.find_insensitive('p') != llvm::StringRef::npos
              : S.find_insensitive('e') != llvm::StringRef::npos);
}

/// The variables of a function declared before a location, by name; the
/// last one seen shadows earlier ones.
class VisibleVars : public RecursiveASTVisitor<VisibleVars> {
public:
  VisibleVars(const SourceManager &SM, SourceLocation Before)
      : SM(SM), Before(Before) {}
  llvm::StringMap<const ValueDecl *> Found;
  bool VisitVarDecl(VarDecl *V) {
    if (SM.isBeforeInTranslationUnit(SM.getExpansionLoc(V->getLocation()),
                                     Before))
      Found[V->getName()] = V;
    return true;
  }

private:
  const SourceManager &SM;
  SourceLocation Before;
};

} // namespace

bool checkCanonicalLoop(const ForStmt *Loop, Diagnostics &Diags) {
  const VarDecl *I = initIndex(Loop->getInit());
  SourceLocation Loc = Loop->getBeginLoc();
  const char *Why = nullptr;
  if (!I)
    Why = "the init must be 'int i = lo' or 'i = lo'";
  else if (!conditionOk(Loop->getCond(), I))
    Why = "the condition must compare the index with '<', '<=', '>' or '>=' "
          "against an expression that does not use it";
  else if (!incrementOk(Loop->getInc(), I))
    Why = "the increment must be 'i++', 'i--', 'i += s', 'i -= s' or "
          "'i = i + s' with a step that does not use the index";
  if (Why) {
    Diags.report(Loc, Diag::loop_not_canonical) << Why;
    return false;
  }
  if (!I->getType()->isIntegerType() || I->getType()->isBooleanType()) {
    Diags.report(I->getLocation(), Diag::loop_index_not_integer)
        << I << I->getType();
    return false;
  }
  return true;
}

const Stmt *loopBodyStatement(const ForStmt *Loop) {
  const Stmt *Body = Loop->getBody();
  while (const auto *CS = dyn_cast_or_null<CompoundStmt>(Body)) {
    if (CS->size() != 1)
      return nullptr;
    Body = CS->body_front();
  }
  return Body;
}

bool checkChunkExpression(const Clause &C, const FunctionDecl *F,
                          ASTContext &Ctx, Diagnostics &Diags) {
  for (const PragmaToken &T : C.ExprTokens) {
    if (isFloatingLiteral(T) || tok::isStringLiteral(T.Kind)) {
      Diags.report(T.Loc, Diag::chunksize_not_integer)
          << C.Expr << ("'" + T.Spelling + "' is not an integer");
      return false;
    }
  }
  // Only a lone name, or a call of a function by name, is typed here: in
  // anything larger a cast or sizeof may make an integer of it.
  const std::vector<PragmaToken> &Toks = C.ExprTokens;
  bool Lone = Toks.size() == 1 ||
              (Toks.size() > 2 && Toks[1].Kind == tok::l_paren &&
               Toks.back().Kind == tok::r_paren);
  if (!Lone || Toks[0].Kind != tok::identifier)
    return true;
  const std::string &Name = Toks[0].Spelling;
  VisibleVars Vars(Ctx.getSourceManager(), C.Loc);
  Vars.TraverseDecl(const_cast<FunctionDecl *>(F));
  const ValueDecl *D = Toks.size() == 1 ? Vars.Found.lookup(Name) : nullptr;
  if (!D)
    for (const NamedDecl *N : Ctx.getTranslationUnitDecl()->lookup(
             DeclarationName(&Ctx.Idents.get(Name))))
      D = dyn_cast<ValueDecl>(N);
  if (!D)
    return true;
  QualType Ty = D->getType();
  if (const auto *FD = dyn_cast<FunctionDecl>(D))
    Ty = FD->getReturnType();
  if (Ty->isIntegerType())
    return true;
  Diags.report(Toks[0].Loc, Diag::chunksize_not_integer)
      << C.Expr << ("'" + Name + "' has type '" + Ty.getAsString() + "'");
  return false;
}

} // namespace torcc
