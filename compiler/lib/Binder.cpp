//===- Binder.cpp - attaches directives to statements and declarations ----===//

#include "Binder.h"

#include "Loop.h"
#include "Redeclaration.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

#include <algorithm>
#include <memory>
#include <iterator>

using namespace clang;

namespace torcc {

namespace {

/// The statements that could follow a directive in a function body: the
/// members of blocks and the bodies of control statements, in source order.
class SlotCollector : public RecursiveASTVisitor<SlotCollector> {
public:
  /// The body of an if, else, for, while or do, and the token after which
  /// it begins.
  struct ControlledBody {
    SourceLocation After;
    const Stmt *Body;
    const char *Construct;
  };

  std::vector<const Stmt *> Slots;
  std::vector<const CompoundStmt *> Blocks;
  std::vector<ControlledBody> Bodies;

  bool VisitCompoundStmt(CompoundStmt *S) {
    Blocks.push_back(S);
    for (const Stmt *Child : S->body())
      Slots.push_back(Child);
    return true;
  }
  bool VisitIfStmt(IfStmt *S) {
    add(S->getThen(), S->getRParenLoc(), "if");
    add(S->getElse(), S->getElseLoc(), "else");
    return true;
  }
  bool VisitForStmt(ForStmt *S) {
    return add(S->getBody(), S->getRParenLoc(), "for");
  }
  bool VisitWhileStmt(WhileStmt *S) {
    return add(S->getBody(), S->getRParenLoc(), "while");
  }
  bool VisitDoStmt(DoStmt *S) { return add(S->getBody(), S->getDoLoc(), "do"); }
  bool VisitSwitchCase(SwitchCase *S) { return add(S->getSubStmt()); }
  bool VisitLabelStmt(LabelStmt *S) { return add(S->getSubStmt()); }

private:
  bool add(const Stmt *S) {
    if (S)
      Slots.push_back(S);
    return true;
  }
  bool add(const Stmt *S, SourceLocation After, const char *Construct) {
    if (S)
      Bodies.push_back({After, S, Construct});
    return add(S);
  }
};

class Binder {
public:
  Binder(ASTContext &Ctx, const std::vector<Directive> &Dirs,
         Diagnostics &Diags)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Dirs(Dirs), Diags(Diags),
        MainBegin(SM.getLocForStartOfFile(SM.getMainFileID())),
        MainEnd(SM.getLocForEndOfFile(SM.getMainFileID())) {}

  Bindings run();

private:
  bool before(SourceLocation A, SourceLocation B) const {
    A = SM.getExpansionLoc(A);
    B = SM.getExpansionLoc(B);
    // Locations of one file are ordered as their offsets are. Nearly every
    // comparison is between two places of the main file, and the binary
    // searches below make many per directive, so they skip the general
    // comparison, which costs ten times as much.
    if (withinMainFile(A) && withinMainFile(B))
      return A < B;
    return SM.isBeforeInTranslationUnit(A, B);
  }
  bool withinMainFile(SourceLocation FileLoc) const {
    return !(FileLoc < MainBegin) && !(MainEnd < FileLoc);
  }
  const FunctionDecl *enclosingFunction(SourceLocation Loc) const;
  void bindFileScope(const Directive &D);
  void bindInBody(const Directive &D, const FunctionDecl *F);
  /// The statement slots of \p F, collected once however many directives
  /// the function holds.
  const SlotCollector &slotsOf(const FunctionDecl *F);
  const Stmt *nextStatement(const Directive &D, const FunctionDecl *F);
  bool isWholeBody(const Directive &D, const FunctionDecl *F);
  bool directiveBetween(SourceLocation From, SourceLocation To) const;
  void bindCall(const Directive &D, const FunctionDecl *F, const Stmt *S,
                const ForStmt *Loop = nullptr);
  void bindLoop(const Directive &D, const FunctionDecl *F, const Stmt *S);
  void findMain();

  ASTContext &Ctx;
  const SourceManager &SM;
  const std::vector<Directive> &Dirs;
  Diagnostics &Diags;
  /// The first and last locations of the main file.
  SourceLocation MainBegin, MainEnd;
  std::vector<const FunctionDecl *> Definitions;
  /// Where the body of each of Definitions begins and ends, looked up
  /// once: finding a function's body is not cheap, and the search for the
  /// function around a directive looks at a dozen.
  std::vector<SourceRange> Bodies;
  std::vector<const Decl *> TopLevel;
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<SlotCollector>>
      SlotsByFunction;
  Bindings Result;
};

// Directives, top-level declarations and definitions are all kept in
// translation-unit order, so the look-ups below are binary searches: a file
// with thousands of directives must not cost directives x functions.

const FunctionDecl *Binder::enclosingFunction(SourceLocation Loc) const {
  // C functions do not nest: only the last body starting before Loc can
  // contain it.
  auto After = std::partition_point(
      Bodies.begin(), Bodies.end(),
      [&](const SourceRange &Body) { return before(Body.getBegin(), Loc); });
  if (After == Bodies.begin())
    return nullptr;
  size_t Index = std::prev(After) - Bodies.begin();
  return before(Loc, Bodies[Index].getEnd()) ? Definitions[Index] : nullptr;
}

void Binder::bindFileScope(const Directive &D) {
  if (D.Kind == DirectiveKind::Wait) {
    Diags.report(D.Loc, Diag::wait_outside_function);
    return;
  }
  if (D.Kind == DirectiveKind::Spmd) {
    Diags.report(D.Loc, Diag::spmd_outside_function);
    return;
  }
  if (D.Kind == DirectiveKind::Broadcast) {
    Diags.report(D.Loc, Diag::broadcast_outside_function);
    return;
  }
  if (D.Kind == DirectiveKind::ParallelFor) {
    Diags.report(D.Loc, Diag::parallel_for_not_loop);
    return;
  }
  auto Next = std::partition_point(
      TopLevel.begin(), TopLevel.end(),
      [&](const Decl *TD) { return !before(D.Loc, TD->getEndLoc()); });
  if (Next != TopLevel.end()) {
    const Decl *TD = *Next;
    const auto *F = dyn_cast<FunctionDecl>(TD);
    if (!F || !before(D.Loc, TD->getBeginLoc()) ||
        directiveBetween(D.Loc, TD->getBeginLoc())) {
      Diags.report(D.Loc, Diag::expected_function_decl);
      return;
    }
    bool Ok = true;
    for (const Clause &C : D.Clauses) {
      if (!isDataClause(C.Kind)) {
        Diags.report(C.Loc, Diag::clause_on_declaration) << clauseName(C.Kind);
        Ok = false;
      }
    }
    if (!Ok)
      return;
    DeclDirective Here{&D, F};
    auto Entry = Result.Declarations.try_emplace(F->getCanonicalDecl(), Here);
    // The last of agreeing annotations names the parameters, as before.
    if (!Entry.second && checkRedeclaration(Entry.first->second, Here, Diags))
      Entry.first->second = Here;
    return;
  }
  Diags.report(D.Loc, Diag::expected_function_decl);
}

bool Binder::directiveBetween(SourceLocation From, SourceLocation To) const {
  auto First = std::partition_point(
      Dirs.begin(), Dirs.end(),
      [&](const Directive &Other) { return !before(From, Other.Loc); });
  return First != Dirs.end() && before(First->Loc, To);
}

const SlotCollector &Binder::slotsOf(const FunctionDecl *F) {
  std::unique_ptr<SlotCollector> &Slots = SlotsByFunction[F];
  if (!Slots) {
    Slots = std::make_unique<SlotCollector>();
    Slots->TraverseStmt(F->getBody());
  }
  return *Slots;
}

const Stmt *Binder::nextStatement(const Directive &D, const FunctionDecl *F) {
  const SlotCollector &Collector = slotsOf(F);
  const CompoundStmt *Block = nullptr;
  for (const CompoundStmt *B : Collector.Blocks)
    if (before(B->getLBracLoc(), D.Loc) && before(D.Loc, B->getRBracLoc()))
      Block = B;
  const Stmt *Next = nullptr;
  for (const Stmt *S : Collector.Slots) {
    SourceLocation Begin = S->getBeginLoc();
    if (before(D.Loc, Begin) &&
        (!Block || before(Begin, Block->getRBracLoc())) &&
        (!Next || before(Begin, Next->getBeginLoc())))
      Next = S;
  }
  return Next;
}

/// Whether stand-alone directive \p D stands between the header of a
/// control statement and its body, so that it would become the body.
/// OpenMP forbids this placement: a plain compiler, which ignores the
/// pragma, makes the statement after it the body instead.
bool Binder::isWholeBody(const Directive &D, const FunctionDecl *F) {
  for (const SlotCollector::ControlledBody &B : slotsOf(F).Bodies) {
    if (before(B.After, D.Loc) && before(D.Loc, B.Body->getBeginLoc())) {
      Diags.report(D.Loc, Diag::directive_whole_body)
          << directiveName(D.Kind) << B.Construct;
      return true;
    }
  }
  return false;
}

void Binder::bindInBody(const Directive &D, const FunctionDecl *F) {
  if (!SM.isInMainFile(SM.getExpansionLoc(D.Loc))) {
    Diags.report(D.Loc, Diag::directive_in_header) << directiveName(D.Kind);
    return;
  }
  if ((D.Kind == DirectiveKind::Wait || D.Kind == DirectiveKind::Broadcast) &&
      isWholeBody(D, F))
    return;
  if (D.Kind == DirectiveKind::Wait) {
    Result.Waits.push_back(&D);
    return;
  }
  if (D.Kind == DirectiveKind::Broadcast) {
    Result.Broadcasts.push_back({&D, F});
    return;
  }
  const Stmt *S = nextStatement(D, F);
  if (!S) {
    Diags.report(D.Loc, Diag::directive_no_statement) << directiveName(D.Kind);
    return;
  }
  if (directiveBetween(D.Loc, S->getBeginLoc())) {
    Diags.report(D.Loc, Diag::directive_followed_by_directive)
        << directiveName(D.Kind);
    return;
  }
  if (D.Kind == DirectiveKind::ParallelFor)
    bindLoop(D, F, S);
  else
    bindCall(D, F, S);
}

void Binder::bindLoop(const Directive &D, const FunctionDecl *F,
                      const Stmt *S) {
  const auto *Loop = dyn_cast<ForStmt>(S);
  if (!Loop) {
    Diags.report(S->getBeginLoc(), Diag::parallel_for_not_loop);
    return;
  }
  if (!checkCanonicalLoop(Loop, Diags))
    return;
  if (const Clause *C = D.find(ClauseKind::Chunksize))
    if (!checkChunkExpression(*C, F, Ctx, Diags))
      return;
  const Stmt *Body = loopBodyStatement(Loop);
  const auto *E = dyn_cast_or_null<Expr>(Body);
  if (E)
    if (const auto *BO = dyn_cast<BinaryOperator>(E->IgnoreParens()))
      if (BO->getOpcode() == BO_Assign)
        E = BO->getRHS();
  if (!E || !isa<CallExpr>(E->IgnoreParenImpCasts())) {
    Diags.report(Body ? Body->getBeginLoc() : Loop->getBody()->getBeginLoc(),
                 Diag::parallel_for_body);
    return;
  }
  bindCall(D, F, Body, Loop);
}

void Binder::bindCall(const Directive &D, const FunctionDecl *F,
                      const Stmt *S, const ForStmt *Loop) {
  bool IsTask = D.Kind != DirectiveKind::Spmd;
  const char *Alternative = IsTask ? " or 'lvalue = f(args);'" : "";
  const auto *E = dyn_cast<Expr>(S);
  const Expr *Target = nullptr;
  const Expr *Value = E;
  if (const auto *BO =
          E ? dyn_cast<BinaryOperator>(E->IgnoreParens()) : nullptr) {
    if (BO->getOpcode() == BO_Assign) {
      Target = BO->getLHS();
      Value = BO->getRHS();
    }
  }
  const auto *Call =
      Value ? dyn_cast<CallExpr>(Value->IgnoreParenImpCasts()) : nullptr;
  if (!Call) {
    Diags.report(S->getBeginLoc(), Diag::expected_call_statement)
        << directiveName(D.Kind) << Alternative;
    return;
  }
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee) {
    Diags.report(Call->getBeginLoc(), Diag::indirect_call);
    return;
  }
  bool Failed = false;
  if (!Callee->hasPrototype()) {
    Diags.report(Call->getBeginLoc(), Diag::unprototyped_task) << Callee;
    Failed = true;
  } else if (Callee->isVariadic()) {
    Diags.report(Call->getBeginLoc(), Diag::variadic_task) << Callee;
    Failed = true;
  }
  if (Target && !IsTask) {
    Diags.report(Target->getBeginLoc(), Diag::spmd_result_assigned);
    Failed = true;
  } else if (Target && Callee->getReturnType()->isVoidType()) {
    Diags.report(Target->getBeginLoc(), Diag::void_result_assigned) << Callee;
    Failed = true;
  } else if (Target && Target->refersToBitField()) {
    Diags.report(Target->getBeginLoc(), Diag::bitfield_target);
    Failed = true;
  }
  if (!Failed)
    Result.Calls.push_back({&D, F, E, Target, Call, Callee, Loop});
}

void Binder::findMain() {
  for (const FunctionDecl *F : Definitions) {
    if (!F->isMain() || !SM.isInMainFile(SM.getExpansionLoc(F->getLocation())))
      continue;
    // A main that starts the runtime itself keeps its SPMD shape (spec §3).
    class InitFinder : public RecursiveASTVisitor<InitFinder> {
    public:
      bool Found = false;
      bool VisitCallExpr(CallExpr *C) {
        if (const FunctionDecl *Callee = C->getDirectCallee())
          if (Callee->getName() == "torc_init")
            Found = true;
        return !Found;
      }
    } Finder;
    Finder.TraverseStmt(F->getBody());
    if (!Finder.Found)
      Result.Main = F;
  }
}

Bindings Binder::run() {
  for (const Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    if (D->isImplicit())
      continue;
    TopLevel.push_back(D);
    if (const auto *F = dyn_cast<FunctionDecl>(D))
      if (F->doesThisDeclarationHaveABody()) {
        Definitions.push_back(F);
        const Stmt *Body = F->getBody();
        Bodies.emplace_back(Body->getBeginLoc(), Body->getEndLoc());
      }
  }
  for (const Directive &D : Dirs) {
    if (const FunctionDecl *F = enclosingFunction(D.Loc))
      bindInBody(D, F);
    else
      bindFileScope(D);
  }
  findMain();
  return std::move(Result);
}

} // namespace

Bindings bindDirectives(ASTContext &Ctx, const std::vector<Directive> &Dirs,
                        Diagnostics &Diags) {
  return Binder(Ctx, Dirs, Diags).run();
}

} // namespace torcc
