//===- Outstanding.cpp - where a function's tasks may still be running ----===//
//
// The body is walked in execution order with a may-state: whether a child
// spawned by this function may still be running, and which variables a
// pending child may still write. A spawn adds to it; `#pragma torc wait`
// and `parallel for`, which ends with a full wait, clear it; branches join
// by union; loops are walked until the state at their head no longer
// grows, with `break` and `continue` carrying theirs to where they jump;
// `goto` carries its state to the label, and the whole body is walked
// again until no label's state grows. The lattice is finite and every step
// only adds, so this ends.
//
// The waits are found as offsets, since directives are not statements: a
// wait between two statements of a block, or before the body of an `if`
// or a loop, happens just before the statement that follows it.
//
//===----------------------------------------------------------------------===//

#include "Outstanding.h"

#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

#include <algorithm>

using namespace clang;

namespace torcc {

namespace {

/// A variable that a pending child may write, and the spawn that writes it.
struct Write {
  const VarDecl *Var;
  const SpawnSite *Site;
  const Expr *Where;
};

/// What may hold at one point of the body, over every path reaching it.
/// A point that no path reaches has the empty state.
struct State {
  bool Outstanding = false;
  llvm::SmallVector<Write, 2> Pending;

  /// Adds \p W unless it is there; whether it was not.
  bool add(const Write &W) {
    if (llvm::any_of(Pending, [&](const Write &P) {
          return P.Var == W.Var && P.Site == W.Site;
        }))
      return false;
    Pending.push_back(W);
    return true;
  }
  /// Adds \p Other's possibilities; whether that added any.
  bool join(const State &Other) {
    bool Changed = Other.Outstanding && !Outstanding;
    Outstanding |= Other.Outstanding;
    for (const Write &W : Other.Pending)
      Changed |= add(W);
    return Changed;
  }
  void wait() {
    Outstanding = false;
    Pending.clear();
  }
};

/// The variable whose storage the lvalue \p E designates: `r`, `s.m`, or
/// `a[i]` where `a` is an array. Null when it is reached through a
/// pointer, which says nothing about the pointee's lifetime.
const VarDecl *lvalueBase(const Expr *E) {
  for (;;) {
    E = E->IgnoreParens();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      return dyn_cast<VarDecl>(Ref->getDecl());
    if (const auto *Member = dyn_cast<MemberExpr>(E)) {
      if (Member->isArrow())
        return nullptr;
      E = Member->getBase();
      continue;
    }
    if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E)) {
      const auto *Decay =
          dyn_cast<ImplicitCastExpr>(Subscript->getBase()->IgnoreParens());
      if (!Decay || Decay->getCastKind() != CK_ArrayToPointerDecay)
        return nullptr;
      E = Decay->getSubExpr();
      continue;
    }
    return nullptr;
  }
}

/// The variable a pointer argument points into: the base of `&r`, `&s.m`,
/// `arr`, `&arr[i]` or `arr + k`; null for anything else.
const VarDecl *pointeeBase(const Expr *E) {
  for (;;) {
    E = E->IgnoreParens();
    if (const auto *Cast = dyn_cast<CastExpr>(E)) {
      CastKind K = Cast->getCastKind();
      if (K == CK_ArrayToPointerDecay)
        return lvalueBase(Cast->getSubExpr());
      if (K != CK_NoOp && K != CK_BitCast)
        return nullptr;
      E = Cast->getSubExpr();
      continue;
    }
    if (const auto *Unary = dyn_cast<UnaryOperator>(E))
      return Unary->getOpcode() == UO_AddrOf ? lvalueBase(Unary->getSubExpr())
                                             : nullptr;
    if (const auto *Binary = dyn_cast<BinaryOperator>(E)) {
      if (!Binary->isAdditiveOp())
        return nullptr;
      E = Binary->getLHS()->getType()->isPointerType() ? Binary->getLHS()
                                                       : Binary->getRHS();
      continue;
    }
    return nullptr;
  }
}

/// The automatic variables that \p Site's task writes when it completes:
/// its `lvalue` and its `out` and `inout` arguments.
llvm::SmallVector<Write, 2> writesOf(const SpawnSite &Site) {
  llvm::SmallVector<Write, 2> Writes;
  auto Add = [&](const VarDecl *V, const Expr *Where) {
    if (V && V->hasLocalStorage() && !isa<ParmVarDecl>(V))
      Writes.push_back({V, &Site, Where});
  };
  if (const Expr *Target = Site.Site->Target)
    Add(lvalueBase(Target), Target);
  for (const ParamPlan &P : Site.Plan.Params) {
    if (!P.IsBuffer || !P.HasExtent || P.Dir == Direction::In ||
        P.Index >= Site.Site->Call->getNumArgs())
      continue;
    const Expr *Arg = Site.Site->Call->getArg(P.Index);
    Add(pointeeBase(Arg), Arg);
  }
  return Writes;
}

class Walker {
public:
  Walker(ASTContext &Ctx, const FunctionDecl *F,
         llvm::ArrayRef<const SpawnSite *> Sites,
         llvm::ArrayRef<unsigned> WaitOffsets);
  FunctionFlow run();

private:
  /// A block, or the `for` statement whose init declares variables.
  struct Scope {
    llvm::SmallVector<const VarDecl *, 4> Vars;
    unsigned Begin, End;
  };
  /// A loop or `switch`, where `break` (and for a loop `continue`) goes.
  struct JumpTarget {
    bool IsLoop;
    size_t Depth; ///< Scopes inside it are Scopes[Depth] and on.
    State Entry;  ///< `switch`: the state at every `case`.
    State Break, Continue;
  };

  State walk(const Stmt *S, State In, bool Braces);
  State walkChild(const Stmt *S, State In, SourceLocation After, bool Braces);
  State walkCompound(const CompoundStmt *C, State In);
  State walkIf(const IfStmt *S, State In);
  State walkLoop(const Stmt *Body, SourceLocation After, const Expr *Cond,
                 bool CondFirst, State In);
  State walkFor(const ForStmt *S, State In);
  State walkSwitch(const SwitchStmt *S, State In);
  State walkCase(const SwitchCase *S, State In, bool Braces);
  State walkLabel(const LabelStmt *S, State In, bool Braces);
  State walkJump(const Stmt *S, State In);
  State walkReturn(const ReturnStmt *S, State In, bool Braces);
  void declare(const DeclStmt *S);
  void leaveScopes(const State &S, size_t Depth, const Stmt *Exit);
  void endScope(size_t Index, const State &S, SourceLocation At,
                const Stmt *Exit);
  int innermostTarget(bool Loop) const;
  void condition(const Expr *Cond, bool &MayBeTrue, bool &MayBeFalse) const;
  unsigned beginOffset(SourceLocation L) const;
  unsigned endOffset(SourceLocation L) const;
  bool waitBetween(SourceLocation After, SourceLocation Before) const;

  ASTContext &Ctx;
  const SourceManager &SM;
  const CompoundStmt *Body;
  llvm::ArrayRef<unsigned> WaitOffsets;
  llvm::DenseMap<const Stmt *, const SpawnSite *> Spawns;
  llvm::DenseMap<const SpawnSite *, llvm::SmallVector<Write, 2>> Writes;
  llvm::DenseSet<const Stmt *> ParallelLoops;
  llvm::DenseSet<const SpawnSite *> Visited;
  std::vector<Scope> Scopes;
  std::vector<JumpTarget> Targets;
  llvm::DenseMap<const LabelDecl *, State> LabelIn;
  bool AnyLabelOutstanding = false; ///< From computed gotos.
  bool LabelsChanged = false;
  /// Set when a spawn lies where the walk does not go (in a statement
  /// expression): every frame end then waits.
  bool AllOutstanding = false;
  llvm::MapVector<const ReturnStmt *, bool> Returns;
  llvm::DenseSet<std::pair<const SpawnSite *, const VarDecl *>> Reported;
  std::vector<ScopeViolation> Violations;
};

Walker::Walker(ASTContext &Ctx, const FunctionDecl *F,
               llvm::ArrayRef<const SpawnSite *> Sites,
               llvm::ArrayRef<unsigned> WaitOffsets)
    : Ctx(Ctx), SM(Ctx.getSourceManager()),
      Body(cast<CompoundStmt>(F->getBody())), WaitOffsets(WaitOffsets) {
  for (const SpawnSite *S : Sites) {
    if (S->Site->Loop) {
      ParallelLoops.insert(S->Site->Loop);
      continue;
    }
    Spawns[S->Site->Statement] = S;
    Writes[S] = writesOf(*S);
  }
}

unsigned Walker::beginOffset(SourceLocation L) const {
  return SM.getFileOffset(SM.getExpansionLoc(L));
}

unsigned Walker::endOffset(SourceLocation L) const {
  return SM.getFileOffset(SM.getExpansionRange(L).getEnd());
}

/// Whether a wait directive starts after the token at \p After and before
/// the one at \p Before.
bool Walker::waitBetween(SourceLocation After, SourceLocation Before) const {
  if (WaitOffsets.empty())
    return false;
  unsigned Lo = endOffset(After), Hi = beginOffset(Before);
  const unsigned *First =
      std::upper_bound(WaitOffsets.begin(), WaitOffsets.end(), Lo);
  return First != WaitOffsets.end() && *First < Hi;
}

void Walker::condition(const Expr *Cond, bool &MayBeTrue,
                       bool &MayBeFalse) const {
  MayBeTrue = MayBeFalse = true;
  bool Value;
  if (!Cond)
    MayBeFalse = false;
  else if (Cond->EvaluateAsBooleanCondition(Value, Ctx))
    (Value ? MayBeFalse : MayBeTrue) = false;
}

State Walker::walkChild(const Stmt *S, State In, SourceLocation After,
                        bool Braces) {
  if (waitBetween(After, S->getBeginLoc()))
    In.wait();
  return walk(S, std::move(In), Braces);
}

State Walker::walk(const Stmt *S, State In, bool Braces) {
  if (isa<Expr>(S)) {
    auto It = Spawns.find(S);
    if (It != Spawns.end()) {
      Visited.insert(It->second);
      In.Outstanding = true;
      for (const Write &W : Writes.find(It->second)->second)
        In.add(W);
    }
    return In;
  }
  if (ParallelLoops.count(S)) {
    In.wait();
    return In;
  }
  switch (S->getStmtClass()) {
  case Stmt::CompoundStmtClass:
    return walkCompound(cast<CompoundStmt>(S), std::move(In));
  case Stmt::IfStmtClass:
    return walkIf(cast<IfStmt>(S), std::move(In));
  case Stmt::WhileStmtClass: {
    const auto *W = cast<WhileStmt>(S);
    return walkLoop(W->getBody(), W->getRParenLoc(), W->getCond(),
                    /*CondFirst=*/true, std::move(In));
  }
  case Stmt::DoStmtClass: {
    const auto *D = cast<DoStmt>(S);
    return walkLoop(D->getBody(), D->getDoLoc(), D->getCond(),
                    /*CondFirst=*/false, std::move(In));
  }
  case Stmt::ForStmtClass:
    return walkFor(cast<ForStmt>(S), std::move(In));
  case Stmt::SwitchStmtClass:
    return walkSwitch(cast<SwitchStmt>(S), std::move(In));
  case Stmt::CaseStmtClass:
  case Stmt::DefaultStmtClass:
    return walkCase(cast<SwitchCase>(S), std::move(In), Braces);
  case Stmt::LabelStmtClass:
    return walkLabel(cast<LabelStmt>(S), std::move(In), Braces);
  case Stmt::AttributedStmtClass:
    return walk(cast<AttributedStmt>(S)->getSubStmt(), std::move(In), Braces);
  case Stmt::ReturnStmtClass:
    return walkReturn(cast<ReturnStmt>(S), std::move(In), Braces);
  case Stmt::BreakStmtClass:
  case Stmt::ContinueStmtClass:
  case Stmt::GotoStmtClass:
  case Stmt::IndirectGotoStmtClass:
    return walkJump(S, std::move(In));
  case Stmt::DeclStmtClass:
    declare(cast<DeclStmt>(S));
    return In;
  default:
    // Anything else (asm, a null statement, extensions) runs its
    // statements, if any, in order.
    for (const Stmt *Child : S->children())
      if (Child && !isa<Expr>(Child))
        In = walk(Child, std::move(In), /*Braces=*/true);
    return In;
  }
}

void Walker::declare(const DeclStmt *S) {
  for (const Decl *D : S->decls())
    if (const auto *V = dyn_cast<VarDecl>(D))
      if (V->hasLocalStorage())
        Scopes.back().Vars.push_back(V);
}

State Walker::walkCompound(const CompoundStmt *C, State In) {
  Scopes.push_back(
      {{}, beginOffset(C->getLBracLoc()), endOffset(C->getRBracLoc())});
  SourceLocation After = C->getLBracLoc();
  for (const Stmt *Child : C->body()) {
    In = walkChild(Child, std::move(In), After, /*Braces=*/false);
    After = Child->getEndLoc();
  }
  if (waitBetween(After, C->getRBracLoc()))
    In.wait();
  // The body's own variables live until the frame ends, and the frame
  // waits for its children before it ends.
  if (C != Body)
    endScope(Scopes.size() - 1, In, C->getRBracLoc(), nullptr);
  Scopes.pop_back();
  return In;
}

State Walker::walkIf(const IfStmt *S, State In) {
  State Then = walkChild(S->getThen(), In, S->getRParenLoc(), true);
  if (const Stmt *Else = S->getElse())
    Then.join(walkChild(Else, std::move(In), S->getElseLoc(), true));
  else
    Then.join(In);
  return Then;
}

/// Walks a loop's body until the state at the loop's head stops growing;
/// \p CondFirst for `while` and `for`, false for `do`.
State Walker::walkLoop(const Stmt *Body, SourceLocation After, const Expr *Cond,
                       bool CondFirst, State In) {
  bool MayBeTrue, MayBeFalse;
  condition(Cond, MayBeTrue, MayBeFalse);
  size_t Index = Targets.size();
  Targets.push_back({true, Scopes.size(), State(), State(), State()});
  State Head = std::move(In), AtCond;
  for (;;) {
    Targets[Index].Break = Targets[Index].Continue = State();
    State Back;
    if (!CondFirst || MayBeTrue)
      Back = walkChild(Body, Head, After, true);
    Back.join(Targets[Index].Continue);
    if (CondFirst) {
      bool Grew = MayBeTrue && Head.join(Back);
      AtCond = Head;
      if (!Grew)
        break;
    } else {
      AtCond = Back;
      if (!MayBeTrue || !Head.join(Back))
        break;
    }
  }
  State Exit = MayBeFalse ? std::move(AtCond) : State();
  Exit.join(Targets[Index].Break);
  Targets.pop_back();
  return Exit;
}

State Walker::walkFor(const ForStmt *S, State In) {
  // Variables of the init live until the loop ends, `break` included.
  Scopes.push_back(
      {{}, beginOffset(S->getBeginLoc()), endOffset(S->getEndLoc())});
  if (const Stmt *Init = S->getInit())
    In = walk(Init, std::move(In), true);
  State Out = walkLoop(S->getBody(), S->getRParenLoc(), S->getCond(),
                       /*CondFirst=*/true, std::move(In));
  endScope(Scopes.size() - 1, Out, S->getEndLoc(), nullptr);
  Scopes.pop_back();
  return Out;
}

State Walker::walkSwitch(const SwitchStmt *S, State In) {
  size_t Index = Targets.size();
  Targets.push_back({false, Scopes.size(), In, State(), State()});
  // Only a `case` or `default` label enters the body.
  State Out = walkChild(S->getBody(), State(), S->getRParenLoc(), true);
  Out.join(Targets[Index].Break);
  Targets.pop_back();
  bool HasDefault = false;
  for (const SwitchCase *C = S->getSwitchCaseList(); C;
       C = C->getNextSwitchCase())
    HasDefault |= isa<DefaultStmt>(C);
  if (!HasDefault)
    Out.join(In);
  return Out;
}

State Walker::walkCase(const SwitchCase *S, State In, bool Braces) {
  int Switch = innermostTarget(/*Loop=*/false);
  if (Switch >= 0)
    In.join(Targets[Switch].Entry);
  return walkChild(S->getSubStmt(), std::move(In), S->getColonLoc(), Braces);
}

State Walker::walkLabel(const LabelStmt *S, State In, bool Braces) {
  auto It = LabelIn.find(S->getDecl());
  if (It != LabelIn.end())
    In.join(It->second);
  // A computed goto may come here, but which writes it carries is not
  // known; only whether children may be outstanding is kept.
  In.Outstanding |= AnyLabelOutstanding;
  return walkChild(S->getSubStmt(), std::move(In), S->getIdentLoc(), Braces);
}

State Walker::walkReturn(const ReturnStmt *S, State In, bool Braces) {
  if (In.Outstanding || AllOutstanding)
    Returns[S] = Braces;
  return State();
}

/// The innermost loop, or loop or `switch`, around the walk; -1 if none.
int Walker::innermostTarget(bool Loop) const {
  for (size_t I = Targets.size(); I-- > 0;)
    if (Targets[I].IsLoop || !Loop)
      return static_cast<int>(I);
  return -1;
}

State Walker::walkJump(const Stmt *S, State In) {
  if (const auto *Goto = dyn_cast<GotoStmt>(S)) {
    // The jump ends every scope that does not hold its label.
    if (const LabelStmt *Label = Goto->getLabel()->getStmt()) {
      unsigned At = beginOffset(Label->getBeginLoc());
      for (size_t I = Scopes.size(); I-- > 0;) {
        if (Scopes[I].Begin < At && At < Scopes[I].End)
          break;
        endScope(I, In, Goto->getGotoLoc(), Goto);
      }
    }
    LabelsChanged |= LabelIn[Goto->getLabel()].join(In);
  } else if (isa<IndirectGotoStmt>(S)) {
    LabelsChanged |= In.Outstanding && !AnyLabelOutstanding;
    AnyLabelOutstanding |= In.Outstanding;
  } else {
    bool IsContinue = isa<ContinueStmt>(S);
    int Target = innermostTarget(IsContinue);
    if (Target < 0)
      return State();
    leaveScopes(In, Targets[Target].Depth, S);
    (IsContinue ? Targets[Target].Continue : Targets[Target].Break).join(In);
  }
  return State();
}

void Walker::leaveScopes(const State &S, size_t Depth, const Stmt *Exit) {
  for (size_t I = Scopes.size(); I-- > Depth;)
    endScope(I, S, Exit->getBeginLoc(), Exit);
}

void Walker::endScope(size_t Index, const State &S, SourceLocation At,
                      const Stmt *Exit) {
  bool InLoop = llvm::any_of(Targets, [&](const JumpTarget &T) {
    return T.IsLoop && T.Depth <= Index;
  });
  for (const Write &W : S.Pending) {
    if (!llvm::is_contained(Scopes[Index].Vars, W.Var) ||
        !Reported.insert({W.Site, W.Var}).second)
      continue;
    Violations.push_back({W.Site, W.Where, W.Var, At, Exit, InLoop});
  }
}

FunctionFlow Walker::run() {
  State End;
  do {
    LabelsChanged = false;
    End = walkCompound(Body, State());
  } while (LabelsChanged);
  if (Visited.size() != Spawns.size()) {
    AllOutstanding = true;
    End = walkCompound(Body, State());
  }
  FunctionFlow Flow;
  for (const auto &Entry : Returns)
    Flow.Waits.push_back({Entry.first, Entry.second});
  if (End.Outstanding || AllOutstanding)
    Flow.Waits.push_back({Body, false});
  Flow.Violations = std::move(Violations);
  return Flow;
}

} // namespace

FunctionFlow analyzeOutstanding(ASTContext &Ctx, const FunctionDecl *F,
                                llvm::ArrayRef<const SpawnSite *> Sites,
                                llvm::ArrayRef<unsigned> WaitOffsets) {
  return Walker(Ctx, F, Sites, WaitOffsets).run();
}

} // namespace torcc
