//===- BoundCheck.cpp - names and types of section bounds -----------------===//
//
// Each bound is read as a C expression (BoundReader.h) and judged only when
// the reader understood all of it. A bound that uses syntax the reader does
// not know (a statement expression, a compound literal, `_Generic`, a
// declarator with parentheses...) is not judged at all: the C compiler
// judges it, and its errors point at the clause through the `#line`
// markers that surround the re-emitted text (LineMarkers.h).
//
//===----------------------------------------------------------------------===//

#include "BoundCheck.h"

#include "BoundReader.h"
#include "TransferPlan.h"

#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace torcc {

namespace {

class Checker {
public:
  Checker(ASTContext &Ctx, const FunctionDecl *Task, const FunctionDecl *Caller,
          Diagnostics &Diags)
      : Ctx(Ctx), Task(Task), Caller(Caller), Diags(Diags) {
    const SourceManager &SM = Ctx.getSourceManager();
    // The spawn function is inserted at the start of the caller's first
    // line, so a declaration earlier on that line comes after it.
    SourceLocation At = SM.getExpansionLoc(Caller ? Caller->getBeginLoc()
                                                  : Task->getBeginLoc());
    if (Caller) {
      std::pair<FileID, unsigned> Where = SM.getDecomposedLoc(At);
      At = SM.translateLineCol(Where.first,
                               SM.getLineNumber(Where.first, Where.second), 1);
    }
    Visible = At;
  }

  bool check(const Item &I, llvm::ArrayRef<PragmaToken> Toks, bool IsLength);

private:
  ASTContext &Ctx;
  const FunctionDecl *Task;
  const FunctionDecl *Caller;
  Diagnostics &Diags;
  SourceLocation Visible;
};

bool Checker::check(const Item &I, llvm::ArrayRef<PragmaToken> Toks,
                    bool IsLength) {
  if (Toks.empty())
    return true;
  BoundReader Reader(Ctx, Task, Visible, Toks);
  BoundValue V;
  if (!Reader.read(V)) {
    const PragmaToken *Op = Reader.MissingOperandAfter;
    if (!Op)
      return true;
    Diags.report(Op->Loc, Diag::bound_incomplete)
        << IsLength << I.Name << Op->Spelling;
    return false;
  }
  if (const PragmaToken *T = Reader.Undeclared) {
    std::string List = parameterList(Task);
    Diags.report(T->Loc, Diag::bound_not_declared)
        << T->Spelling << Task << (Caller != nullptr)
        << (Caller ? Caller : Task) << !List.empty() << List;
    return false;
  }
  QualType Ty = V.Type;
  if (Ty.isNull() || (Ty->isIntegerType() && !V.String))
    return true;
  Diag D = V.String              ? Diag::bound_string
           : Ty->isPointerType() ? Diag::bound_pointer
                                 : Diag::bound_not_integer;
  auto B = Diags.report(Toks.front().Loc, D) << IsLength << I.Name;
  if (!V.String)
    B << Ty;
  return false;
}

} // namespace

bool checkSectionBounds(ASTContext &Ctx, const Directive &D,
                        const FunctionDecl *Task, const FunctionDecl *Caller,
                        Diagnostics &Diags) {
  Checker C(Ctx, Task, Caller, Diags);
  bool Ok = true;
  for (const Clause &Cl : D.Clauses)
    for (const Item &I : Cl.Items) {
      Ok &= C.check(I, I.LoTokens, /*IsLength=*/false);
      Ok &= C.check(I, I.LenTokens, /*IsLength=*/true);
    }
  return Ok;
}

} // namespace torcc
