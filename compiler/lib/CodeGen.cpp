//===- CodeGen.cpp - text of generated descriptors and spawn functions ----===//

#include "CodeGen.h"

#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;

namespace torcc {

std::string quote(llvm::StringRef S) {
  std::string Out = "\"";
  for (char C : S) {
    if (C == '"' || C == '\\')
      Out += '\\';
    Out += C;
  }
  return Out + "\"";
}

namespace {

const char *directionMacro(Direction D) {
  switch (D) {
  case Direction::In:
    return "TORC_ABI_IN";
  case Direction::Out:
    return "TORC_ABI_OUT";
  case Direction::Inout:
    return "TORC_ABI_INOUT";
  }
  return "";
}

std::string join(const std::vector<std::string> &Parts, const char *Sep) {
  std::string Out;
  for (const std::string &P : Parts)
    Out += (Out.empty() ? "" : Sep) + P;
  return Out;
}

std::string argsStruct(const TransferPlan &P) {
  return "struct __torc_args_" + P.Callee->getNameAsString();
}

} // namespace

CodeGen::CodeGen(ASTContext &Ctx, std::string FileName)
    : Ctx(Ctx), Policy(Ctx.getPrintingPolicy()), FileName(std::move(FileName)) {
  Policy.SuppressTagKeyword = false;
  Policy.SuppressScope = false;
}

std::string CodeGen::type(QualType T, const std::string &Name) const {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  T.print(OS, Policy, Name);
  return OS.str();
}

std::string CodeGen::taskName(const FunctionDecl *F) const {
  // Functions with internal linkage are qualified by their file, so that
  // two static functions of one name in different units stay distinct.
  if (F->getFormalLinkage() == InternalLinkage)
    return quote(FileName + ":" + F->getName().str());
  return quote(F->getName());
}

std::string CodeGen::prototype(const FunctionDecl *F) const {
  std::string Out;
  if (F->getStorageClass() == SC_Static)
    Out += "static ";
  if (F->isInlineSpecified())
    Out += "inline ";
  // The declarator is built by hand so that parameter types print without
  // the parentheses Clang puts around a bare function name.
  std::vector<std::string> Params;
  for (const ParmVarDecl *P : F->parameters())
    Params.push_back(type(P->getType()));
  if (Params.empty())
    Params.push_back("void");
  return Out +
         type(F->getReturnType(),
              F->getNameAsString() + "(" + join(Params, ", ") + ")") +
         ";\n";
}

std::string CodeGen::directCall(const TransferPlan &Plan) const {
  std::vector<std::string> Args;
  for (const ParamPlan &P : Plan.Params)
    Args.push_back(P.Name);
  return Plan.Callee->getNameAsString() + "(" + join(Args, ", ") + ")";
}

std::string CodeGen::trampoline(const TransferPlan &L) const {
  std::string Name = L.Callee->getNameAsString();
  std::vector<std::string> Args;
  for (const ParamPlan &P : L.Params) {
    QualType T = L.Naming->getParamDecl(P.Index)->getType();
    std::string Pointer =
        "__torc_pointers[" + std::to_string(P.BufferIndex) + "]";
    // A void pointer converts implicitly to any object pointer, including
    // pointers to VLA rows whose type cannot be spelled here; only function
    // pointers (in local tasks) need a cast.
    if (P.IsBuffer && T->getPointeeType()->isFunctionType())
      Args.push_back("(" + type(T) + ")" + Pointer);
    else if (P.IsBuffer)
      Args.push_back(Pointer);
    else
      Args.push_back("__torc_block->p" + std::to_string(P.Index));
  }
  std::string Out = "static void __torc_run_" + Name +
                    "(void *__torc_args, void *const *__torc_pointers, "
                    "void *__torc_result) {\n";
  if (L.NumFields)
    Out += "  " + argsStruct(L) + " *__torc_block = (" + argsStruct(L) +
           " *)__torc_args;\n";
  else
    Out += "  (void)__torc_args;\n";
  if (!L.NumBuffers)
    Out += "  (void)__torc_pointers;\n";
  QualType R = L.Callee->getReturnType();
  std::string Call = Name + "(" + join(Args, ", ") + ")";
  if (R->isVoidType())
    Out += "  (void)__torc_result;\n  " + Call + ";\n";
  else
    Out += "  *(" + type(R) + " *)__torc_result = " + Call + ";\n";
  return Out + "}\n";
}

std::string CodeGen::taskBlock(const TransferPlan &L) const {
  std::string Name = L.Callee->getNameAsString();
  std::string Out;
  if (L.NumFields) {
    Out += argsStruct(L) + " {\n";
    for (const ParamPlan &P : L.Params)
      if (!P.IsBuffer)
        Out += "  " +
               type(L.Naming->getParamDecl(P.Index)->getType(),
                    "p" + std::to_string(P.Index)) +
               ";\n";
    Out += "};\n";
  }
  Out += trampoline(L);
  QualType R = L.Callee->getReturnType();
  Out += "static torc_abi_task __torc_task_" + Name + " = {TORC_ABI_VERSION, " +
         taskName(L.Callee) + ", __torc_run_" + Name + ", " +
         (L.NumFields ? "sizeof(" + argsStruct(L) + ")" : "0") + ", " +
         (R->isVoidType() ? "0" : "sizeof(" + type(R) + ")") + ", " +
         std::to_string(L.NumBuffers) + ", -1};\n";
  Out += "__attribute__((constructor)) static void __torc_register_" + Name +
         "(void) {\n  torc_abi_register(&__torc_task_" + Name + ");\n}\n";
  return Out;
}

bool CodeGen::needsStore(const SpawnSite &S) const {
  return S.Site->Target &&
         !Ctx.hasSameUnqualifiedType(S.Site->Target->getType(),
                                     S.Plan.Callee->getReturnType());
}

std::string CodeGen::spawnName(const SpawnSite &S) const {
  return "__torc_spawn_" + std::to_string(S.Id);
}

std::string CodeGen::loopOpen(const SpawnSite &S) const {
  const Clause *C = S.Site->Dir->find(ClauseKind::Chunksize);
  std::string Id = std::to_string(S.Id);
  return "{torc_abi_group __torc_group_" + Id +
         "; torc_abi_group_begin(&__torc_group_" + Id + ", (long)(" +
         (C ? C->Expr : "1") + "), &__torc_loop_site_" + Id + ");";
}

std::string CodeGen::loopClose(const SpawnSite &S) const {
  // The wait covers every child of the current task, as `#pragma torc
  // wait` does; the loop's chunks are among them.
  return " torc_abi_group_end(&__torc_group_" + std::to_string(S.Id) +
         "); torc_abi_wait();}";
}

std::vector<std::string> CodeGen::leadingArguments(const SpawnSite &S) const {
  std::vector<std::string> Args;
  const Directive &D = *S.Site->Dir;
  if (S.Site->Loop)
    Args.push_back("&__torc_group_" + std::to_string(S.Id));
  if (const Clause *C = D.find(ClauseKind::If))
    Args.push_back("((" + C->Expr + ") ? 1 : 0)");
  if (const Clause *C = D.find(ClauseKind::Node))
    Args.push_back("(" + C->Expr + ")");
  if (const Clause *C = D.find(ClauseKind::Worker))
    Args.push_back("(" + C->Expr + ")");
  if (const Clause *C = D.find(ClauseKind::Callback))
    for (const std::string &A : C->Args)
      Args.push_back("(" + A + ")");
  return Args;
}

std::string CodeGen::spawnSignature(const SpawnSite &S) const {
  std::vector<std::string> Params;
  const Directive &D = *S.Site->Dir;
  if (S.Site->Target)
    Params.push_back("void *__torc_target");
  if (S.Site->Loop)
    Params.push_back("torc_abi_group *__torc_group");
  if (D.find(ClauseKind::If))
    Params.push_back("int __torc_if");
  if (D.find(ClauseKind::Node))
    Params.push_back("int __torc_node");
  if (D.find(ClauseKind::Worker))
    Params.push_back("int __torc_worker");
  if (const FunctionDecl *G = S.Plan.Callback)
    for (unsigned I = 0; I < G->getNumParams(); ++I)
      Params.push_back(
          type(G->getParamDecl(I)->getType(), "__torc_cb" + std::to_string(I)));
  for (const ParamPlan &P : S.Plan.Params)
    Params.push_back(
        type(S.Plan.Naming->getParamDecl(P.Index)->getOriginalType(), P.Name));
  if (Params.empty())
    Params.push_back("void");
  return "static void " + spawnName(S) + "(" + join(Params, ", ") + ")";
}

std::string CodeGen::storeBlock(const SpawnSite &S) const {
  if (!needsStore(S))
    return "";
  // C's assignment conversion happens here, where both types are known.
  return "static void __torc_store_" + std::to_string(S.Id) +
         "(void *__torc_to, const void *__torc_from) {\n  *(" +
         type(S.Site->Target->getType()) + " *)__torc_to = *(const " +
         type(S.Plan.Callee->getReturnType()) + " *)__torc_from;\n}\n";
}

std::string CodeGen::callbackBlock(const SpawnSite &S) const {
  const FunctionDecl *G = S.Plan.Callback;
  if (!G)
    return "";
  std::string Id = std::to_string(S.Id);
  std::string Out;
  std::vector<std::string> Args;
  if (G->getNumParams()) {
    Out += "struct __torc_cbargs_" + Id + " {\n";
    for (unsigned I = 0; I < G->getNumParams(); ++I) {
      Out += "  " +
             type(G->getParamDecl(I)->getType(), "a" + std::to_string(I)) +
             ";\n";
      Args.push_back("__torc_cb->a" + std::to_string(I));
    }
    Out += "};\n";
  }
  Out += "static void __torc_callback_" + Id + "(void *__torc_data) {\n";
  if (G->getNumParams())
    Out += "  struct __torc_cbargs_" + Id + " *__torc_cb = __torc_data;\n";
  else
    Out += "  (void)__torc_data;\n";
  return Out + "  " + G->getNameAsString() + "(" + join(Args, ", ") + ");\n}\n";
}

std::string CodeGen::inlineCall(const SpawnSite &S) const {
  std::string Call = directCall(S.Plan);
  std::string Out = "  if (!__torc_if) {\n";
  if (!S.Site->Target)
    Out += "    " + Call + ";\n";
  else if (!needsStore(S))
    Out += "    *(" + type(S.Plan.Callee->getReturnType()) +
           " *)__torc_target = " + Call + ";\n";
  else
    Out += "    " + type(S.Plan.Callee->getReturnType(), "__torc_value") +
           " = " + Call + ";\n    __torc_store_" + std::to_string(S.Id) +
           "(__torc_target, &__torc_value);\n";
  return Out + "    return;\n  }\n";
}

std::string CodeGen::bufferInit(const ParamPlan &P) const {
  std::string Size = P.ByteElements ? "1" : "sizeof(*" + P.Name + ")";
  std::string Offset = "0", Bytes = "0";
  if (P.IsString) {
    Bytes = "torc_abi_string_bytes(" + P.Name + ")";
  } else if (P.HasExtent && !(P.ByteElements && P.Len.empty())) {
    if (P.Lo != "0")
      Offset = "(uint64_t)(" + P.Lo + ") * " + Size;
    Bytes = P.Len.empty() ? Size : "(uint64_t)(" + P.Len + ") * " + Size;
  }
  return "  __torc_buffers[" + std::to_string(P.BufferIndex) +
         "] = (torc_abi_buffer){(void *)" + P.Name + ", " + Offset + ", " +
         Bytes + ", " + directionMacro(P.Dir) + "};\n";
}

std::string CodeGen::optionsInit(const SpawnSite &S) const {
  const Directive &D = *S.Site->Dir;
  std::vector<std::string> Flags;
  if (D.find(ClauseKind::Local))
    Flags.push_back("TORC_ABI_FLAG_LOCAL");
  if (D.find(ClauseKind::Checkpoint))
    Flags.push_back("TORC_ABI_FLAG_CHECKPOINT");
  std::string Node = D.find(ClauseKind::Node) ? "__torc_node" : "-1";
  std::string Worker = D.find(ClauseKind::Worker) ? "__torc_worker" : "-1";
  std::string Callback = "0", Data = "0", Size = "0";
  if (S.Plan.Callback) {
    Callback = "__torc_callback_" + std::to_string(S.Id);
    if (S.Plan.Callback->getNumParams()) {
      Data = "&__torc_cbdata";
      Size = "sizeof(__torc_cbdata)";
    }
  }
  std::string Group = S.Site->Loop ? "__torc_group" : "0";
  return "  torc_abi_options __torc_options = {" +
         (Flags.empty() ? "0" : join(Flags, " | ")) + ", " + Node + ", " +
         Worker + ", " + Callback + ", " + Data + ", " + Size + ", " + Group +
         "};\n";
}

std::string CodeGen::siteBlock(const SpawnSite &S) const {
  const Directive &D = *S.Site->Dir;
  const TransferPlan &P = S.Plan;
  std::string Out = storeBlock(S) + callbackBlock(S);
  if (S.Site->Loop)
    Out += "static const torc_abi_site __torc_loop_site_" +
           std::to_string(S.Id) + " = {" + quote(FileName) + ", " +
           std::to_string(S.Line) + "};\n";
  Out += spawnSignature(S) +
                    " {\n  static const torc_abi_site __torc_site = {" +
                    quote(FileName) + ", " + std::to_string(S.Line) + "};\n";
  if (D.find(ClauseKind::If))
    Out += inlineCall(S);
  if (P.NumFields) {
    std::vector<std::string> Inits;
    for (const ParamPlan &Q : P.Params)
      if (!Q.IsBuffer)
        Inits.push_back(Q.Name);
    Out +=
        "  " + argsStruct(P) + " __torc_block = {" + join(Inits, ", ") + "};\n";
  }
  if (P.NumBuffers) {
    Out += "  torc_abi_buffer __torc_buffers[" + std::to_string(P.NumBuffers) +
           "];\n";
    for (const ParamPlan &Q : P.Params)
      if (Q.IsBuffer)
        Out += bufferInit(Q);
  }
  std::string Args = P.NumFields ? "&__torc_block" : "0";
  std::string Buffers = P.NumBuffers ? "__torc_buffers" : "0";
  std::string Task = "&__torc_task_" + P.Callee->getNameAsString();
  if (D.Kind == DirectiveKind::Spmd)
    return Out + "  torc_abi_spmd(" + Task + ", &__torc_site, " + Args + ", " +
           Buffers + ");\n}\n";
  bool HasOptions = S.Site->Loop || D.find(ClauseKind::Local) ||
                    D.find(ClauseKind::Node) ||
                    D.find(ClauseKind::Worker) || P.Callback ||
                    D.find(ClauseKind::Checkpoint);
  if (P.Callback && P.Callback->getNumParams()) {
    std::vector<std::string> Cb;
    for (unsigned I = 0; I < P.Callback->getNumParams(); ++I)
      Cb.push_back("__torc_cb" + std::to_string(I));
    Out += "  struct __torc_cbargs_" + std::to_string(S.Id) +
           " __torc_cbdata = {" + join(Cb, ", ") + "};\n";
  }
  if (HasOptions)
    Out += optionsInit(S);
  std::string Store =
      needsStore(S) ? "__torc_store_" + std::to_string(S.Id) : "0";
  return Out + "  torc_abi_spawn(" + Task + ", &__torc_site, " + Args + ", " +
         Buffers + ", " + (S.Site->Target ? "__torc_target" : "0") + ", " +
         Store + ", " + (HasOptions ? "&__torc_options" : "0") + ");\n}\n";
}

std::string CodeGen::mainWrapper(const FunctionDecl *Main,
                                 const std::string &Renamed) const {
  std::string Primary = Renamed;
  std::string Out;
  if (Main->getNumParams() == 0) {
    // torc_abi_main wants main's two-parameter form; adapt `main(void)`.
    Primary = "__torc_main_adapter";
    Out += "static int __torc_main_adapter(int argc, char **argv) {\n"
           "  (void)argc;\n  (void)argv;\n  return " +
           Renamed + "();\n}\n";
  }
  return Out +
         "int main(int argc, char **argv) {\n"
         "  return torc_abi_main(argc, argv, " +
         Primary + ");\n}\n";
}

} // namespace torcc
