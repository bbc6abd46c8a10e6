//===- TransferPlan.cpp - how each argument of a task moves ---------------===//

#include "TransferPlan.h"

#include "BoundCheck.h"

#include "clang/AST/PrettyPrinter.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;

namespace torcc {

namespace {

Direction directionOf(ClauseKind K) {
  switch (K) {
  case ClauseKind::Out:
    return Direction::Out;
  case ClauseKind::Inout:
    return Direction::Inout;
  default:
    return Direction::In;
  }
}

bool isMovableValue(QualType T) {
  return T->isArithmeticType() || T->isEnumeralType() || T->isStructureType() ||
         T->isUnionType();
}

bool isLocal(const CallSite &Site) {
  return Site.Dir->find(ClauseKind::Local) != nullptr;
}

} // namespace

/// Finds a pointer inside a record, searching nested records and arrays,
/// and returns the member's dotted path, or an empty string if none.
std::string pointerMember(QualType T, const ASTContext &Ctx) {
  const RecordType *RT = T->getAsStructureType();
  if (!RT)
    RT = T->getAsUnionType();
  if (!RT)
    return "";
  for (const FieldDecl *F : RT->getDecl()->fields()) {
    QualType FT = F->getType();
    while (const ArrayType *AT = Ctx.getAsArrayType(FT))
      FT = AT->getElementType();
    if (FT->isPointerType() || FT->isBlockPointerType())
      return F->getNameAsString();
    std::string Inner = pointerMember(FT, Ctx);
    if (!Inner.empty())
      return F->getNameAsString() + "." + Inner;
  }
  return "";
}

std::string paramName(const FunctionDecl *F, unsigned I) {
  // A C parameter's name is an identifier, so getName() spells it as the
  // printer behind getNameAsString() does, without the stream.
  StringRef Name = F->getParamDecl(I)->getName();
  if (!Name.empty())
    return Name.str();
  return "__torc_p" + std::to_string(I);
}

std::string parameterList(const FunctionDecl *F) {
  std::string List;
  for (const ParmVarDecl *P : F->parameters())
    if (!P->getName().empty())
      List += (List.empty() ? "'" : ", '") + P->getName().str() + "'";
  return List;
}

const FunctionDecl *Planner::naming(const FunctionDecl *F) const {
  auto It = B.Declarations.find(F->getCanonicalDecl());
  return It == B.Declarations.end() ? F : It->second.Decl;
}

bool Planner::resolveItems(const Directive &D, const FunctionDecl *Naming,
                           NamedItems &Out, bool Report) {
  bool Ok = true;
  for (const Clause &C : D.Clauses) {
    for (const Item &I : C.Items) {
      int Found = -1;
      for (unsigned K = 0; K < Naming->getNumParams(); ++K) {
        StringRef Name = Naming->getParamDecl(K)->getName();
        if (!Name.empty() && Name == I.Name)
          Found = K;
      }
      if (Found < 0) {
        if (!Report)
          continue;
        std::string List = parameterList(Naming);
        if (List.empty())
          Diags.report(I.Loc, Diag::item_no_parameters) << I.Name << Naming;
        else
          Diags.report(I.Loc, Diag::item_not_parameter)
              << I.Name << Naming << List;
        Ok = false;
        continue;
      }
      // `shared(p)` only marks p; `shared(p[lo:len])` also says what moves,
      // as `in(p[lo:len])` would.
      bool Moves = C.Kind != ClauseKind::Shared || I.HasSection;
      if (C.Kind == ClauseKind::Shared)
        Out.Shared.try_emplace(Found, &I);
      if (Moves &&
          !Out.Moves.try_emplace(Found, Binding{C.Kind == ClauseKind::Shared
                                                    ? ClauseKind::In
                                                    : C.Kind,
                                                &I})
               .second) {
        if (Report)
          Diags.report(I.Loc, Diag::item_repeated) << I.Name;
        Ok = false;
        continue;
      }
      if (!Naming->getParamDecl(Found)->getType()->isPointerType()) {
        Out.Moves.erase(Found);
        Out.Shared.erase(Found);
        if (Report)
          Diags.report(I.Loc, Diag::item_not_pointer)
              << I.Name << Naming << clauseName(C.Kind);
        Ok = false;
      }
    }
  }
  return Ok;
}

bool Planner::checkDeclarations() {
  bool Ok = true;
  for (const auto &Entry : B.Declarations) {
    NamedItems Items;
    Ok &= resolveItems(*Entry.second.Dir, Entry.second.Decl, Items,
                       /*Report=*/true);
    Ok &= checkSectionBounds(Ctx, *Entry.second.Dir, Entry.second.Decl,
                             /*Caller=*/nullptr, Diags);
  }
  return Ok;
}

TransferPlan Planner::layout(const FunctionDecl *Callee) const {
  TransferPlan Plan;
  Plan.Callee = Callee;
  Plan.Naming = naming(Callee);
  Plan.Params.reserve(Plan.Naming->getNumParams());
  for (unsigned I = 0; I < Plan.Naming->getNumParams(); ++I) {
    ParamPlan P;
    P.Index = I;
    P.Name = paramName(Plan.Naming, I);
    P.IsBuffer = Plan.Naming->getParamDecl(I)->getType()->isPointerType();
    if (P.IsBuffer)
      P.BufferIndex = Plan.NumBuffers++;
    else
      ++Plan.NumFields;
    Plan.Params.push_back(std::move(P));
  }
  return Plan;
}

void Planner::noteParameter(const ParmVarDecl *Param) {
  if (Param->getName().empty())
    Diags.report(Param->getLocation(), Diag::parameter_declared_here);
  else
    Diags.report(Param->getLocation(), Diag::declared_here) << Param;
}

bool Planner::checkValue(const CallSite &Site, const ParmVarDecl *Param) {
  QualType T = Param->getType();
  SourceLocation Loc =
      Site.Call->getArg(Param->getFunctionScopeIndex())->getBeginLoc();
  if (const auto *Atomic = T->getAs<AtomicType>()) {
    Diags.report(Loc, Diag::atomic_value)
        << Param->getName() << Site.Callee << T << Atomic->getValueType();
  } else if (!isMovableValue(T)) {
    Diags.report(Loc, Diag::unmovable_type)
        << Param->getName() << Site.Callee << T;
  } else {
    std::string Member = pointerMember(T, Ctx);
    if (Member.empty() || isLocal(Site))
      return true;
    Diags.report(Loc, Diag::pointer_member)
        << Param->getName() << Site.Callee << T << Member;
  }
  noteParameter(Param);
  return false;
}

bool Planner::checkResult(const CallSite &Site) {
  QualType R = Site.Callee->getReturnType();
  if (R->isVoidType() || isLocal(Site))
    return true;
  if (const auto *Atomic = R->getAs<AtomicType>()) {
    Diags.report(Site.Call->getBeginLoc(), Diag::atomic_result)
        << Site.Callee << R << Atomic->getValueType();
    return false;
  }
  if (!isMovableValue(R)) {
    Diags.report(Site.Call->getBeginLoc(), Diag::unmovable_result)
        << Site.Callee << R;
    return false;
  }
  std::string Member = pointerMember(R, Ctx);
  if (Member.empty())
    return true;
  Diags.report(Site.Call->getBeginLoc(), Diag::pointer_member_result)
      << Site.Callee << R << Member;
  return false;
}

/// The one integer parameter of \p F, which is then the obvious length of
/// its pointer parameters, or null.
static const ParmVarDecl *soleLength(const FunctionDecl *F) {
  const ParmVarDecl *Found = nullptr;
  for (const ParmVarDecl *Q : F->parameters()) {
    if (!Q->getType()->isIntegerType() || Q->getName().empty())
      continue;
    if (Found)
      return nullptr;
    Found = Q;
  }
  return Found;
}

/// A pointer whose movement must be spelled out in a clause, but whose
/// parameter has no name to spell it with: the fix is in the declaration.
bool Planner::reportUnnamed(const CallSite &Site, const ParamPlan &P,
                            SourceLocation Loc) {
  if (!naming(Site.Callee)->getParamDecl(P.Index)->getName().empty())
    return false;
  Diags.report(Loc, Diag::unnamed_pointer) << P.Index + 1 << Site.Callee;
  return true;
}

bool Planner::reportNonconst(const CallSite &Site, const ParamPlan &P,
                             SourceLocation Loc) {
  if (reportUnnamed(Site, P, Loc))
    return false;
  const ParmVarDecl *Len = soleLength(naming(Site.Callee));
  if (!Len) {
    Diags.report(Loc, Diag::nonconst_pointer) << P.Name << Site.Callee;
    return false;
  }
  auto B = Diags.report(Loc, Diag::nonconst_pointer_fixit)
           << P.Name << Site.Callee << Len->getName();
  if (Site.Dir->EndLoc.isFileID())
    B << FixItHint::CreateInsertion(Site.Dir->EndLoc,
                                    " inout(" + P.Name + "[0:" +
                                        Len->getNameAsString() + "])");
  return false;
}

/// The length that C99 array syntax gives parameter \p Param (`T p[n]`,
/// `T a[n][m]`), in elements of its pointee, or an empty string.
static std::string declaredLength(const ParmVarDecl *Param,
                                  const ASTContext &Ctx) {
  std::string Len;
  const ArrayType *AT = Ctx.getAsArrayType(Param->getOriginalType());
  if (!AT)
    return Len;
  llvm::raw_string_ostream OS(Len);
  if (const auto *CAT = dyn_cast<ConstantArrayType>(AT))
    OS << CAT->getSize();
  else if (const auto *VAT = dyn_cast<VariableArrayType>(AT))
    if (const Expr *Size = VAT->getSizeExpr())
      Size->printPretty(OS, nullptr, Ctx.getPrintingPolicy());
  OS.flush();
  return Len;
}

/// Whether \p T is a struct that ends in a flexible array member. Its size
/// leaves the array out, and C has no arrays of such structs, so neither
/// one element nor a count of elements says how much of it to move: its
/// sections count bytes, as those of `void *` do.
static bool endsInFlexibleArray(QualType T) {
  const RecordType *RT = T->getAsStructureType();
  return RT && RT->getDecl()->hasFlexibleArrayMember();
}

bool Planner::classifyPointer(const CallSite &Site, const Binding *Given,
                              ParamPlan &P, const ParmVarDecl *Param) {
  QualType Pointee = Param->getType()->getPointeeType();
  bool Local = isLocal(Site);
  SourceLocation Loc = Site.Call->getArg(P.Index)->getBeginLoc();
  auto Fail = [&](Diag D, const char *Clause = "") {
    auto Builder = Diags.report(Loc, D) << P.Name << Site.Callee;
    if (D == Diag::incomplete_pointee || D == Diag::flexible_array)
      Builder << Pointee;
    if (D == Diag::flexible_array)
      Builder << Clause;
    return false;
  };
  if (Local && (!Given || Pointee->isFunctionType())) {
    // A local task receives the caller's own pointer; nothing is copied.
    P.HasExtent = false;
    return true;
  }
  if (Pointee->isFunctionType())
    return Fail(Diag::function_pointer);
  if (Pointee->isPointerType() && !Local)
    return Fail(Diag::pointer_to_pointer);
  if (Given) {
    P.Dir = directionOf(Given->Kind);
    P.ByteElements = Pointee->isVoidType() || endsInFlexibleArray(Pointee);
    if (Given->I->HasSection) {
      P.Lo = Given->I->Lo;
      P.Len = Given->I->Len;
      P.Section = Given->I->Loc;
    } else if (P.ByteElements && !Local) {
      return Pointee->isVoidType()
                 ? Fail(Diag::void_pointer)
                 : Fail(Diag::flexible_array, clauseName(Given->Kind));
    } else {
      // A name alone means what the parameter's declaration says, as it
      // does without a clause: its whole extent, not one element or row.
      P.Len = declaredLength(Param, Ctx);
    }
    if (Pointee.isConstQualified() && P.Dir != Direction::In) {
      Diags.report(Given->I->Loc, Diag::item_const_written)
          << P.Name << Site.Callee << clauseName(Given->Kind);
      return false;
    }
    if (Pointee->isIncompleteType() && !P.ByteElements && !Local)
      return Fail(Diag::incomplete_pointee);
    return true;
  }
  if (Pointee->isVoidType())
    return reportUnnamed(Site, P, Loc) ? false : Fail(Diag::void_pointer);
  if (endsInFlexibleArray(Pointee))
    return reportUnnamed(Site, P, Loc)
               ? false
               : Fail(Diag::flexible_array,
                      Pointee.isConstQualified() ? "in" : "inout");
  if (Pointee.isConstQualified() && Pointee->isCharType()) {
    P.IsString = true;
    return true;
  }
  // C99 array parameter syntax states the length (spec §2).
  std::string Len = declaredLength(Param, Ctx);
  if (!Len.empty()) {
    P.Len = std::move(Len);
    P.Dir = Pointee.isConstQualified() ? Direction::In : Direction::Inout;
    return true;
  }
  if (!Pointee.isConstQualified())
    return reportNonconst(Site, P, Loc);
  if (Pointee->isIncompleteType())
    return Fail(Diag::incomplete_pointee);
  return true;
}

bool Planner::classify(const CallSite &Site, const Binding *Given, ParamPlan &P,
                       const ParmVarDecl *Param) {
  if (!P.IsBuffer)
    return checkValue(Site, Param);
  if (!classifyPointer(Site, Given, P, Param)) {
    noteParameter(Param);
    return false;
  }
  if (Site.Dir->Kind == DirectiveKind::Spmd && P.Dir != Direction::In) {
    Diags.report(Given ? Given->I->Loc : Site.Call->getBeginLoc(),
                 Diag::spmd_not_in)
        << P.Name << (P.Dir == Direction::Out ? "out" : "inout");
    return false;
  }
  return true;
}

bool Planner::checkShared(const CallSite &Site, const Item &I, ParamPlan &P,
                          const ParmVarDecl *Param) {
  if (P.Dir != Direction::In) {
    Diags.report(I.Loc, Diag::shared_not_in)
        << P.Name << Site.Callee << (P.Dir == Direction::Out ? "out" : "inout");
  } else if (!Param->getType()->getPointeeType().isConstQualified()) {
    Diags.report(I.Loc, Diag::shared_not_const) << P.Name << Site.Callee;
  } else {
    P.Shared = true;
    return true;
  }
  noteParameter(Param);
  return false;
}

bool Planner::resolveCallback(const CallSite &Site, TransferPlan &Out) {
  const Clause *C = Site.Dir->find(ClauseKind::Callback);
  if (!C)
    return true;
  for (const NamedDecl *D : Ctx.getTranslationUnitDecl()->lookup(
           DeclarationName(&Ctx.Idents.get(C->Expr))))
    if (const auto *F = dyn_cast<FunctionDecl>(D))
      Out.Callback = F;
  if (!Out.Callback) {
    Diags.report(C->Loc, Diag::callback_unknown) << C->Expr;
    return false;
  }
  if (Out.Callback->isVariadic() || !Out.Callback->hasPrototype()) {
    Diags.report(C->Loc, Diag::callback_variadic) << Out.Callback;
    return false;
  }
  if (Out.Callback->getNumParams() != C->Args.size()) {
    Diags.report(C->Loc, Diag::callback_arity)
        << Out.Callback << Out.Callback->getNumParams()
        << static_cast<unsigned>(C->Args.size());
    return false;
  }
  return true;
}

bool Planner::plan(const CallSite &Site, TransferPlan &Out) {
  Out = layout(Site.Callee);
  NamedItems Items;
  auto Decl = B.Declarations.find(Site.Callee->getCanonicalDecl());
  if (Decl != B.Declarations.end()) {
    // Errors in the declaration's own items were reported once by
    // checkDeclarations; only its valid items apply here.
    resolveItems(*Decl->second.Dir, Out.Naming, Items, /*Report=*/false);
  }
  NamedItems SiteItems;
  bool Ok = resolveItems(*Site.Dir, Out.Naming, SiteItems, /*Report=*/true);
  Ok &= checkSectionBounds(Ctx, *Site.Dir, Out.Naming, Site.Caller, Diags);
  for (const auto &Entry : SiteItems.Moves)
    Items.Moves[Entry.first] = Entry.second;
  for (const auto &Entry : SiteItems.Shared)
    Items.Shared[Entry.first] = Entry.second;
  Ok &= checkResult(Site);
  Ok &= resolveCallback(Site, Out);
  for (ParamPlan &P : Out.Params) {
    const ParmVarDecl *Param = Out.Naming->getParamDecl(P.Index);
    auto It = Items.Moves.find(P.Index);
    if (!classify(Site, It == Items.Moves.end() ? nullptr : &It->second, P,
                  Param)) {
      Ok = false;
      continue;
    }
    auto Shared = Items.Shared.find(P.Index);
    if (Shared != Items.Shared.end())
      Ok &= checkShared(Site, *Shared->second, P, Param);
  }
  if (Ok && Site.Dir->find(ClauseKind::Checkpoint))
    Ok &= checkCheckpointKeys(Site, Out);
  return Ok;
}

/// A checkpointed task is keyed by its `in` data (spec §1.7), so the
/// extent of every pointer parameter must be known: a `local` task's
/// pointer without a section would leave its data out of the key, and a
/// rerun could restore outputs computed from other data.
bool Planner::checkCheckpointKeys(const CallSite &Site,
                                  const TransferPlan &Plan) {
  bool Ok = true;
  for (const ParamPlan &P : Plan.Params)
    if (P.IsBuffer && !P.IsString && !P.hasBoundedExtent()) {
      Diags.report(Site.Call->getArg(P.Index)->getBeginLoc(),
                   Diag::checkpoint_without_extent)
          << P.Name << Site.Callee;
      Ok = false;
    }
  return Ok;
}

} // namespace torcc
