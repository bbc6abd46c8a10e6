//===- Rewriting.cpp - bindings and generated text to edits of the file ---===//

#include "Rewriting.h"

#include "LineMarkers.h"
#include "SpawnHelpers.h"
#include "TaskShapes.h"
#include "TorccConfig.h"

#include "clang/AST/Attr.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/DenseSet.h"

#include <map>

using namespace clang;

namespace torcc {

namespace {

class MainFileRewriter {
public:
  MainFileRewriter(ASTContext &Ctx, const CodeGen &Gen, const RewriteInput &In,
                   Diagnostics &Diags, EditList &Out)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), LO(Ctx.getLangOpts()), Gen(Gen),
        In(In), Diags(Diags), Out(Out), Helpers(Ctx, Gen) {}

  bool run();

private:
  bool inMainFile(SourceLocation L) const {
    return L.isValid() && L.isFileID() && SM.isInMainFile(L);
  }
  unsigned offset(SourceLocation L) const { return SM.getFileOffset(L); }
  void replace(SourceLocation Begin, SourceLocation End, std::string Text);
  void rewriteDirective(const Directive &D, const std::string &Statement);
  std::string directiveStatement(const Directive &D) const;
  void closeLoop(const SpawnSite &S);
  void insertGlobals(const BroadcastPlan &P);
  void rewriteCall(const SpawnSite &S, unsigned Helper);
  unsigned insertBlocks(const SpawnSite &S);
  SourceLocation insertionPoint(const FunctionDecl *Caller);
  bool declaredBefore(const FunctionDecl *F, SourceLocation Loc) const;
  void rewriteMain(const FunctionDecl *Main);
  std::string &endOfFile();
  void flushInsertions();

  ASTContext &Ctx;
  const SourceManager &SM;
  const LangOptions &LO;
  const CodeGen &Gen;
  const RewriteInput &In;
  Diagnostics &Diags;
  EditList &Out;
  /// Pure insertions, merged per offset so that their order is ours.
  std::map<unsigned, std::string> Insertions;
  llvm::DenseSet<const FunctionDecl *> Emitted;
  llvm::DenseSet<const VarDecl *> EmittedGlobals;
  TaskShapes Shapes;
  SpawnHelpers Helpers;
  Registrations Registered;
  /// Where the text of the main file begins: after a UTF-8 byte-order
  /// mark, which must stay the first bytes of the output, since a compiler
  /// skips it only there.
  unsigned TextBegin = 0;
  bool Failed = false;
};

void MainFileRewriter::replace(SourceLocation Begin, SourceLocation End,
                               std::string Text) {
  if (llvm::Error E = Out.add(SM, CharSourceRange::getCharRange(Begin, End),
                              std::move(Text), LO)) {
    // Two edits overlap only if two directives claim the same code, which
    // the binder rejects; report rather than emit a corrupt file.
    Diags.report(Begin, Diag::rewrite_conflict) << llvm::toString(std::move(E));
    Failed = true;
  }
}

/// What a directive's text becomes: nothing for `task` and `spmd`, whose
/// work happens at the call; a statement for the others.
std::string MainFileRewriter::directiveStatement(const Directive &D) const {
  if (D.Kind == DirectiveKind::Wait)
    return "torc_abi_wait();";
  if (D.Kind == DirectiveKind::ParallelFor)
    for (const SpawnSite &S : *In.Sites)
      if (S.Site->Dir == &D)
        return Gen.loopOpen(S);
  if (D.Kind == DirectiveKind::Broadcast)
    for (const BroadcastPlan &P : *In.Broadcasts)
      if (P.Site->Dir == &D)
        return broadcastStatement(P, In.FileName);
  return "";
}

void MainFileRewriter::rewriteDirective(const Directive &D,
                                        const std::string &Statement) {
  CharSourceRange Range = Lexer::makeFileCharRange(D.Range, SM, LO);
  if (Range.isInvalid() || !inMainFile(Range.getBegin())) {
    Diags.report(D.Loc, Diag::rewrite_in_macro) << "this directive";
    Failed = true;
    return;
  }
  // The directive's lines stay, empty, so that later lines keep their
  // numbers even where a line splice made the pragma span several.
  StringRef Text = Lexer::getSourceText(Range, SM, LO);
  std::string Lines(Text.count('\n'), '\n');
  replace(Range.getBegin(), Range.getEnd(), Statement + Lines);
}

/// Appends the end of a `parallel for` after the loop's last token: its
/// closing brace, or the semicolon of a body without braces.
void MainFileRewriter::closeLoop(const SpawnSite &S) {
  const ForStmt *Loop = S.Site->Loop;
  SourceLocation Last = Loop->getEndLoc();
  if (!isa<CompoundStmt>(Loop->getBody())) {
    llvm::Optional<Token> Semi = Lexer::findNextToken(Last, SM, LO);
    Last = Semi && Semi->is(tok::semi) ? Semi->getLocation() : SourceLocation();
  }
  if (!inMainFile(Last)) {
    Diags.report(Loop->getBeginLoc(), Diag::rewrite_in_macro) << "this loop";
    Failed = true;
    return;
  }
  SourceLocation After = Lexer::getLocForEndOfToken(Last, 0, SM, LO);
  replace(After, After, Gen.loopClose(S));
}

void MainFileRewriter::insertGlobals(const BroadcastPlan &P) {
  SourceLocation At = insertionPoint(P.Site->Caller);
  if (At.isInvalid()) {
    Diags.report(P.Site->Caller->getLocation(), Diag::rewrite_in_macro)
        << P.Site->Caller;
    Failed = true;
    return;
  }
  llvm::raw_string_ostream Text(Insertions[offset(At)]);
  MarkedLineStream Marked(Text, lineMarker(SM, P.Site->Dir->Loc, In.FileName));
  for (const BroadcastItem &I : P.Items)
    if (EmittedGlobals.insert(I.Var).second) {
      Marked << globalBlock(I.Var, In.FileName);
      Registered.Globals.push_back(globalName(I.Var));
    }
}

void MainFileRewriter::rewriteCall(const SpawnSite &S, unsigned Helper) {
  const CallSite &C = *S.Site;
  SourceLocation Begin = C.Statement->getBeginLoc();
  SourceLocation End = C.Statement->getEndLoc();
  SourceLocation RParen = C.Call->getRParenLoc();
  llvm::Optional<Token> LParen =
      Lexer::findNextToken(C.Call->getCallee()->getEndLoc(), SM, LO);
  SourceLocation TargetBegin, TargetEnd;
  if (C.Target) {
    TargetBegin = C.Target->getBeginLoc();
    TargetEnd = Lexer::getLocForEndOfToken(C.Target->getEndLoc(), 0, SM, LO);
  }
  if (!LParen || LParen->isNot(tok::l_paren) || !inMainFile(Begin) ||
      !inMainFile(End) || !inMainFile(RParen) ||
      !inMainFile(LParen->getLocation()) ||
      (C.Target && (!inMainFile(TargetBegin) || !inMainFile(TargetEnd)))) {
    Diags.report(C.Call->getBeginLoc(), Diag::rewrite_in_macro) << "this call";
    Failed = true;
    return;
  }
  std::string Leading;
  // Clause text moved into the call keeps the lines after it in place by
  // returning to the line of the text that follows it, after `(`.
  unsigned Resume = SM.getExpansionLineNumber(LParen->getLocation());
  for (const std::string &A : Gen.leadingArguments(S, Resume))
    Leading += ", " + A;
  std::string Rest = Leading + (C.Call->getNumArgs() ? ", " : "");
  SourceLocation AfterLParen = LParen->getEndLoc();
  std::string Spawn = Gen.spawnCall(S, Helper);
  if (C.Target) {
    replace(Begin, TargetBegin, Spawn + ", &(");
    replace(TargetEnd, AfterLParen, ")" + Rest);
  } else {
    replace(Begin, AfterLParen, Spawn + Rest);
  }
  // Parentheses around the call close after its own; they opened inside
  // the text replaced above, so they go too.
  if (End != RParen)
    replace(RParen.getLocWithOffset(1),
            Lexer::getLocForEndOfToken(End, 0, SM, LO), "");
}

SourceLocation MainFileRewriter::insertionPoint(const FunctionDecl *Caller) {
  SourceLocation Begin = Caller->getBeginLoc();
  for (const Attr *A : Caller->attrs())
    if (A->getLocation().isValid() &&
        SM.isBeforeInTranslationUnit(SM.getExpansionLoc(A->getLocation()),
                                     SM.getExpansionLoc(Begin)))
      Begin = A->getLocation();
  Begin = SM.getExpansionLoc(Begin);
  if (!SM.isInMainFile(Begin))
    return SourceLocation();
  FileID FID = SM.getFileID(Begin);
  SourceLocation Line =
      SM.translateLineCol(FID, SM.getExpansionLineNumber(Begin), 1);
  return offset(Line) < TextBegin ? Line.getLocWithOffset(TextBegin) : Line;
}

bool MainFileRewriter::declaredBefore(const FunctionDecl *F,
                                      SourceLocation Loc) const {
  for (const FunctionDecl *R : F->redecls())
    if (SM.isBeforeInTranslationUnit(SM.getExpansionLoc(R->getBeginLoc()), Loc))
      return true;
  return false;
}

/// Inserts what site \p S needs before its caller, and returns the number of
/// the spawn helper it calls.
unsigned MainFileRewriter::insertBlocks(const SpawnSite &S) {
  SourceLocation At = insertionPoint(S.Site->Caller);
  if (At.isInvalid()) {
    Diags.report(S.Site->Caller->getLocation(), Diag::rewrite_in_macro)
        << S.Site->Caller;
    Failed = true;
    return 0;
  }
  // The blocks come in many small pieces; a buffer in front of the string
  // saves a call into it for each one.
  unsigned Offset = offset(At);
  llvm::raw_string_ostream Text(Insertions[Offset]);
  Text.SetBufferSize(4096);
  // The helpers' lines count from the directive's line, so that an error
  // in one points at the directive that asked for it, not at the code
  // that happens to follow.
  MarkedLineStream Marked(Text, lineMarker(S.Line, In.FileName));
  const FunctionDecl *F = S.Plan.Callee;
  if (Emitted.insert(F->getCanonicalDecl()).second) {
    if (!declaredBefore(F, At))
      Gen.prototype(F, Marked);
    TransferPlan Layout = In.Plans->layout(F);
    TaskShapes::Entry E = Shapes.add(Layout);
    if (E.IsNew)
      Gen.shapeBlock(Layout, E.Shape, Marked);
    Gen.taskBlock(Layout, E.Shape, Marked);
    Registered.Tasks.push_back(Gen.descriptorName(F));
  }
  if (const FunctionDecl *G = S.Plan.Callback)
    if (!declaredBefore(G, At) && Emitted.insert(G->getCanonicalDecl()).second)
      Gen.prototype(G, Marked);
  Gen.siteData(S, Marked);
  unsigned Helper = Helpers.use(S, Shapes.of(F), Offset, Marked);
  Marked.flush();
  Text.flush(); // A string stream with a buffer does not flush when destroyed.
  return Helper;
}

void MainFileRewriter::rewriteMain(const FunctionDecl *Main) {
  SourceLocation Name = Main->getLocation();
  unsigned Params = Main->getNumParams();
  if (Params != 0 && Params != 2) {
    Diags.report(Name, Diag::unsupported_main);
    Failed = true;
    return;
  }
  // What main returns becomes every process's exit status (spec §3), so
  // there must be a status to return.
  QualType Result = Main->getReturnType();
  if (!Ctx.hasSameUnqualifiedType(Result, Ctx.IntTy)) {
    Diags.report(Name, Diag::main_not_int) << Result;
    Failed = true;
    return;
  }
  if (!inMainFile(Name)) {
    Diags.report(Name, Diag::rewrite_in_macro) << Main;
    Failed = true;
    return;
  }
  replace(Name, Name.getLocWithOffset(4), "__torc_main");
  llvm::raw_string_ostream Marked(endOfFile());
  MarkedLineStream(Marked, lineMarker(SM, Name, In.FileName))
      << Gen.mainWrapper(Main, "__torc_main");
}

/// What goes after the last line of the file, which starts on a line of
/// its own.
std::string &MainFileRewriter::endOfFile() {
  StringRef Buffer = SM.getBufferData(SM.getMainFileID());
  std::string &Text = Insertions[Buffer.size()];
  if (Text.empty() && !Buffer.empty() && Buffer.back() != '\n')
    Text += "\n";
  return Text;
}

void MainFileRewriter::flushInsertions() {
  FileID Main = SM.getMainFileID();
  StringRef Buffer = SM.getBufferData(Main);
  for (auto &Entry : Insertions) {
    std::string Text = std::move(Entry.second);
    if (Entry.first < Buffer.size()) {
      // Resynchronise the line numbering with the original text that
      // follows, so that diagnostics and debuggers see the user's lines.
      unsigned Line = SM.getLineNumber(Main, Entry.first);
      Text += "#line " + std::to_string(Line) + " " + quote(In.FileName) + "\n";
    }
    SourceLocation Loc =
        SM.getLocForStartOfFile(Main).getLocWithOffset(Entry.first);
    replace(Loc, Loc, std::move(Text));
  }
}

bool MainFileRewriter::run() {
  if (SM.getBufferData(SM.getMainFileID()).startswith("\xEF\xBB\xBF"))
    TextBegin = 3;
  // The translation is compiled without torcc's parse flags, in driver
  // mode and by whoever compiles a `torcc in.c -o out.c`; the macro must
  // still hold there, or code under `#ifdef __TORCC__` that torcc saw
  // would vanish from what runs.
  Insertions[TextBegin] = "#include <torc_abi.h>\n"
                          "#ifndef " TORCC_MACRO "\n"
                          "#define " TORCC_MACRO " 1\n"
                          "#endif\n";
  for (const Directive &D : *In.Directives)
    if (SM.isInMainFile(SM.getExpansionLoc(D.Loc)))
      rewriteDirective(D, directiveStatement(D));
  for (const BroadcastPlan &P : *In.Broadcasts)
    insertGlobals(P);
  for (const SpawnSite &S : *In.Sites) {
    rewriteCall(S, insertBlocks(S));
    if (S.Site->Loop)
      closeLoop(S);
  }
  if (In.Bound->Main)
    rewriteMain(In.Bound->Main);
  std::string Registration = Gen.registration(Registered);
  if (!Registration.empty())
    endOfFile() += Registration;
  flushInsertions();
  return !Failed;
}

} // namespace

bool rewriteMainFile(ASTContext &Ctx, const CodeGen &Gen,
                     const RewriteInput &In, Diagnostics &Diags,
                     EditList &Out) {
  return MainFileRewriter(Ctx, Gen, In, Diags, Out).run();
}

} // namespace torcc
