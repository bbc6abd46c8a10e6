//===- FrameEnds.cpp - the wait before a spawning function's frame ends ---===//

#include "FrameEnds.h"

#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/MapVector.h"

#include <algorithm>

using namespace clang;

namespace torcc {

namespace {

const char *jumpName(const Stmt *S) {
  if (isa<BreakStmt>(S))
    return "break";
  if (isa<ContinueStmt>(S))
    return "continue";
  return "goto";
}

void report(const ScopeViolation &V, Diagnostics &Diags) {
  Diags.report(V.Written->getBeginLoc(), Diag::written_after_scope) << V.Var;
  if (V.Exit)
    Diags.report(V.End, Diag::scope_left_here) << V.Var << jumpName(V.Exit);
  else
    Diags.report(V.End, Diag::scope_ends_here) << V.Var;
  Diags.report(V.Var->getLocation(),
               V.InLoop ? Diag::scope_fix_loop : Diag::scope_fix)
      << V.Var;
}

/// The body of each spawning function as main-file offsets, sorted, to
/// find the function a wait directive belongs to.
struct BodyRange {
  unsigned Begin, End;
  size_t Function;
};

/// The wait directives of each of \p Functions, as increasing offsets.
std::vector<std::vector<unsigned>>
waitsByFunction(const SourceManager &SM,
                llvm::ArrayRef<const FunctionDecl *> Functions,
                const Bindings &Bound) {
  std::vector<BodyRange> Bodies;
  for (size_t I = 0; I < Functions.size(); ++I) {
    const Stmt *Body = Functions[I]->getBody();
    Bodies.push_back(
        {SM.getFileOffset(SM.getExpansionLoc(Body->getBeginLoc())),
         SM.getFileOffset(SM.getExpansionRange(Body->getEndLoc()).getEnd()),
         I});
  }
  std::sort(
      Bodies.begin(), Bodies.end(),
      [](const BodyRange &A, const BodyRange &B) { return A.Begin < B.Begin; });
  std::vector<std::vector<unsigned>> Waits(Functions.size());
  for (const Directive *D : Bound.Waits) {
    SourceLocation Loc = SM.getExpansionLoc(D->Loc);
    if (!SM.isInMainFile(Loc))
      continue;
    unsigned At = SM.getFileOffset(Loc);
    auto After = std::upper_bound(
        Bodies.begin(), Bodies.end(), At,
        [](unsigned Offset, const BodyRange &B) { return Offset < B.Begin; });
    if (After != Bodies.begin() && At < std::prev(After)->End)
      Waits[std::prev(After)->Function].push_back(At);
  }
  for (std::vector<unsigned> &W : Waits)
    std::sort(W.begin(), W.end());
  return Waits;
}

/// Where text can go just before \p Loc, a token that may come from a
/// macro: the token itself, or the start of every macro expansion that it
/// begins; invalid if it is inside one.
SourceLocation fileBefore(SourceLocation Loc, const SourceManager &SM,
                          const LangOptions &LO) {
  while (Loc.isMacroID())
    if (!Lexer::isAtStartOfMacroExpansion(Loc, SM, LO, &Loc))
      return SourceLocation();
  return Loc;
}

/// The file token that \p Loc ends: the token itself, or the last token of
/// every macro expansion that it ends; invalid if it is inside one.
SourceLocation fileLast(SourceLocation Loc, const SourceManager &SM,
                        const LangOptions &LO) {
  while (Loc.isMacroID())
    if (!Lexer::isAtEndOfMacroExpansion(Loc, SM, LO, &Loc))
      return SourceLocation();
  return Loc;
}

class WaitInserter {
public:
  WaitInserter(ASTContext &Ctx, Diagnostics &Diags, EditList &Out)
      : SM(Ctx.getSourceManager()), LO(Ctx.getLangOpts()), Diags(Diags),
        Out(Out) {}

  bool insert(const FrameEnd &End, const CompoundStmt *MainBody);
  bool endMain(const CompoundStmt *MainBody);

private:
  bool beforeBrace(const CompoundStmt *Body, const char *Text);
  bool insertAt(SourceLocation Loc, const char *Text);
  bool beforeReturn(const ReturnStmt *R, bool Braces);

  const SourceManager &SM;
  const LangOptions &LO;
  Diagnostics &Diags;
  EditList &Out;
};

bool WaitInserter::insertAt(SourceLocation Loc, const char *Text) {
  if (llvm::Error E =
          Out.add(SM, CharSourceRange::getCharRange(Loc, Loc), Text, LO)) {
    Diags.report(Loc, Diag::rewrite_conflict) << llvm::toString(std::move(E));
    return false;
  }
  return true;
}

bool WaitInserter::beforeReturn(const ReturnStmt *R, bool Braces) {
  SourceLocation Begin = fileBefore(R->getReturnLoc(), SM, LO);
  SourceLocation AfterSemi;
  if (Braces) {
    SourceLocation Last = fileLast(R->getEndLoc(), SM, LO);
    llvm::Optional<Token> Semi;
    if (Last.isValid())
      Semi = Lexer::findNextToken(Last, SM, LO);
    if (Semi && Semi->is(tok::semi) && Semi->getLocation().isFileID())
      AfterSemi = Semi->getEndLoc();
  }
  if (Begin.isInvalid() || !SM.isInMainFile(Begin) ||
      (Braces && (AfterSemi.isInvalid() || !SM.isInMainFile(AfterSemi)))) {
    Diags.report(R->getReturnLoc(), Diag::frame_wait_in_macro);
    return false;
  }
  if (!Braces)
    return insertAt(Begin, "torc_abi_wait(); ");
  return insertAt(Begin, "{ torc_abi_wait(); ") && insertAt(AfterSemi, " }");
}

bool WaitInserter::beforeBrace(const CompoundStmt *Body, const char *Text) {
  SourceLocation Brace = Body->getRBracLoc();
  if (!Brace.isFileID() || !SM.isInMainFile(Brace)) {
    Diags.report(Brace, Diag::rewrite_in_macro) << "the end of this function";
    return false;
  }
  return insertAt(Brace, Text);
}

bool WaitInserter::insert(const FrameEnd &End, const CompoundStmt *MainBody) {
  if (const auto *R = dyn_cast<ReturnStmt>(End.At))
    return beforeReturn(R, End.NeedsBraces);
  if (End.At == MainBody)
    return beforeBrace(MainBody, "torc_abi_wait(); return 0;");
  return beforeBrace(cast<CompoundStmt>(End.At), "torc_abi_wait();");
}

bool WaitInserter::endMain(const CompoundStmt *MainBody) {
  return beforeBrace(MainBody, "return 0;");
}

} // namespace

bool findFrameEnds(ASTContext &Ctx, const Bindings &Bound,
                   const std::vector<SpawnSite> &Sites, Diagnostics &Diags,
                   std::vector<FrameEnd> &Out) {
  // `spmd` returns when its calls have, so it leaves nothing outstanding.
  llvm::MapVector<const FunctionDecl *, std::vector<const SpawnSite *>>
      ByFunction;
  for (const SpawnSite &S : Sites)
    if (S.Site->Dir->Kind != DirectiveKind::Spmd)
      ByFunction[S.Site->Caller].push_back(&S);
  std::vector<const FunctionDecl *> Functions;
  for (const auto &Entry : ByFunction)
    Functions.push_back(Entry.first);
  std::vector<std::vector<unsigned>> Waits =
      waitsByFunction(Ctx.getSourceManager(), Functions, Bound);
  bool Ok = true;
  for (size_t I = 0; I < Functions.size(); ++I) {
    FunctionFlow Flow = analyzeOutstanding(Ctx, Functions[I],
                                           ByFunction[Functions[I]], Waits[I]);
    Out.insert(Out.end(), Flow.Waits.begin(), Flow.Waits.end());
    for (const ScopeViolation &V : Flow.Violations) {
      report(V, Diags);
      Ok = false;
    }
  }
  return Ok;
}

bool insertFrameWaits(ASTContext &Ctx, const std::vector<FrameEnd> &Ends,
                      const FunctionDecl *Main, Diagnostics &Diags,
                      EditList &Out) {
  WaitInserter Inserter(Ctx, Diags, Out);
  const auto *MainBody =
      Main ? dyn_cast_or_null<CompoundStmt>(Main->getBody()) : nullptr;
  bool Ok = true, MainEnded = false;
  for (const FrameEnd &End : Ends) {
    Ok &= Inserter.insert(End, MainBody);
    MainEnded |= End.At == MainBody;
  }
  // A `main` that ends with its own `return` needs none.
  if (MainBody && !MainEnded &&
      !(MainBody->body_back() && isa<ReturnStmt>(MainBody->body_back())))
    Ok &= Inserter.endMain(MainBody);
  return Ok;
}

} // namespace torcc
