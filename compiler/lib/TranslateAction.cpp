//===- TranslateAction.cpp - one file through every stage of torcc --------===//

#include "TranslateAction.h"

#include "Binder.h"
#include "Broadcast.h"
#include "CodeGen.h"
#include "FrameEnds.h"
#include "PragmaHandler.h"
#include "PragmaOperatorGuard.h"
#include "PragmaParser.h"
#include "Rewriting.h"
#include "TransferPlan.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Lex/Preprocessor.h"

using namespace clang;

namespace torcc {

namespace {

class TranslateConsumer : public ASTConsumer {
public:
  TranslateConsumer(const std::vector<RawDirective> &Raw,
                    std::string DisplayName, TranslateResult &Out)
      : Raw(Raw), DisplayName(std::move(DisplayName)), Out(Out) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    // Code that does not compile has no reliable types to plan with.
    if (Ctx.getDiagnostics().hasErrorOccurred())
      return;
    Diagnostics Diags(Ctx.getDiagnostics());
    Directives.reserve(Raw.size());
    for (const RawDirective &R : Raw)
      if (std::optional<Directive> D = parseDirective(R, Diags))
        Directives.push_back(std::move(*D));
    if (Diags.hasErrors())
      return;
    Bindings Bound = bindDirectives(Ctx, Directives, Diags);
    Planner Plans(Ctx, Bound, Diags);
    Plans.checkDeclarations();
    std::vector<SpawnSite> Sites;
    Sites.reserve(Bound.Calls.size());
    const SourceManager &SM = Ctx.getSourceManager();
    for (const CallSite &C : Bound.Calls) {
      SpawnSite S;
      S.Site = &C;
      S.Id = Sites.size() + 1;
      S.Line = SM.getExpansionLineNumber(C.Dir->Loc);
      if (Plans.plan(C, S.Plan))
        Sites.push_back(std::move(S));
    }
    std::vector<BroadcastPlan> Broadcasts;
    for (const BroadcastDirective &B : Bound.Broadcasts) {
      BroadcastPlan P;
      if (planBroadcast(Ctx, B, Diags, P))
        Broadcasts.push_back(std::move(P));
    }
    std::vector<FrameEnd> FrameEnds;
    findFrameEnds(Ctx, Bound, Sites, Diags, FrameEnds);
    if (Diags.hasErrors())
      return;
    CodeGen Gen(Ctx, DisplayName);
    RewriteInput In{&Directives, &Bound, &Sites, &Plans, &Broadcasts,
                    DisplayName};
    Out.Ok = rewriteMainFile(Ctx, Gen, In, Diags, Out.Edits) &&
             insertFrameWaits(Ctx, FrameEnds, Bound.Main, Diags, Out.Edits) &&
             !Diags.hasErrors();
  }

private:
  const std::vector<RawDirective> &Raw;
  std::string DisplayName;
  TranslateResult &Out;
  std::vector<Directive> Directives;
};

class TranslateAction : public ASTFrontendAction {
public:
  TranslateAction(std::string DisplayName, TranslateResult &Out)
      : DisplayName(std::move(DisplayName)), Out(Out) {}

protected:
  bool BeginSourceFileAction(CompilerInstance &CI) override {
    // The preprocessor owns the handler; the records outlive it here.
    CI.getPreprocessor().AddPragmaHandler(new TorcPragmaHandler(Raw));
    // Before anything is lexed: Clang 14 crashes on a `_Pragma` without
    // its string inside a directive (PragmaOperatorGuard.h).
    guardPragmaOperators(CI.getPreprocessor());
    return true;
  }

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &,
                                                 StringRef) override {
    return std::make_unique<TranslateConsumer>(Raw, DisplayName, Out);
  }

private:
  std::string DisplayName;
  TranslateResult &Out;
  std::vector<RawDirective> Raw;
};

} // namespace

std::unique_ptr<FrontendAction> makeTranslateAction(std::string DisplayName,
                                                    TranslateResult &Out) {
  return std::make_unique<TranslateAction>(std::move(DisplayName), Out);
}

} // namespace torcc
