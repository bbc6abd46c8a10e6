//===- CodeGen.cpp - text of generated descriptors and spawn functions ----===//

#include "CodeGen.h"

#include "LineMarkers.h"

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

std::string sectionBytes(llvm::StringRef Name, llvm::StringRef Lo,
                         llvm::StringRef Len, llvm::StringRef ElementSize,
                         llvm::StringRef Task, llvm::StringRef Site) {
  return ("torc_abi_section_bytes((torc_abi_i64)(" + Len + "), " + ElementSize +
          ", " + quote((Name + "[" + Lo + ":" + Len + "]").str()) + ", " +
          Task + ", " + Site + ")")
      .str();
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

/// Writes what quote() returns for \p S, without building it.
void writeQuoted(llvm::raw_ostream &OS, llvm::StringRef S) {
  OS << '"';
  for (char C : S) {
    if (C == '"' || C == '\\')
      OS << '\\';
    OS << C;
  }
  OS << '"';
}

/// Writes a list separated by ", ", or `void` when it is empty.
class ParameterList {
public:
  explicit ParameterList(llvm::raw_ostream &OS) : OS(OS) {}
  /// Starts the next entry, whose text the caller writes.
  llvm::raw_ostream &next() {
    if (!Empty)
      OS << ", ";
    Empty = false;
    return OS;
  }
  void finish() {
    if (Empty)
      OS << "void";
  }

private:
  llvm::raw_ostream &OS;
  bool Empty = true;
};

void writeArgsStruct(llvm::raw_ostream &OS, unsigned Shape) {
  OS << "struct __torc_args_" << Shape;
}

} // namespace

CodeGen::CodeGen(ASTContext &Ctx, std::string FileName)
    : Ctx(Ctx), Policy(Ctx.getPrintingPolicy()), FileName(std::move(FileName)),
      QuotedFileName(quote(this->FileName)) {
  Policy.SuppressTagKeyword = false;
  Policy.SuppressScope = false;
}

void CodeGen::printType(QualType T, llvm::raw_ostream &OS,
                        const llvm::Twine &Name) const {
  T.print(OS, Policy, Name);
}

std::string CodeGen::type(QualType T, const std::string &Name) const {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  printType(T, OS, Name);
  return OS.str();
}

void CodeGen::taskName(const FunctionDecl *F, llvm::raw_ostream &OS) const {
  // Functions with internal linkage are qualified by their file, so that
  // two static functions of one name in different units stay distinct.
  if (F->getFormalLinkage() == InternalLinkage)
    writeQuoted(OS, FileName + ":" + F->getName().str());
  else
    writeQuoted(OS, F->getName());
}

void CodeGen::prototype(const FunctionDecl *F, llvm::raw_ostream &OS) const {
  if (F->getStorageClass() == SC_Static)
    OS << "static ";
  if (F->isInlineSpecified())
    OS << "inline ";
  // The declarator is built by hand so that parameter types print without
  // the parentheses Clang puts around a bare function name.
  std::vector<std::string> Params;
  for (const ParmVarDecl *P : F->parameters())
    Params.push_back(type(P->getType()));
  if (Params.empty())
    Params.push_back("void");
  printType(F->getReturnType(), OS,
            F->getName() + "(" + join(Params, ", ") + ")");
  OS << ";\n";
}

void CodeGen::directCall(const TransferPlan &Plan,
                         llvm::raw_ostream &OS) const {
  OS << Plan.Callee->getName() << "(";
  const char *Sep = "";
  for (const ParamPlan &P : Plan.Params) {
    OS << Sep << P.Name;
    Sep = ", ";
  }
  OS << ")";
}

void CodeGen::trampoline(const TransferPlan &L, unsigned Shape,
                         llvm::raw_ostream &OS) const {
  OS << "static void __torc_run_" << Shape
     << "(const torc_abi_task *__torc_task, void *__torc_args, "
        "void *const *__torc_pointers, void *__torc_result) {\n";
  if (L.NumFields) {
    OS << "  ";
    writeArgsStruct(OS, Shape);
    OS << " *__torc_block = (";
    writeArgsStruct(OS, Shape);
    OS << " *)__torc_args;\n";
  } else {
    OS << "  (void)__torc_args;\n";
  }
  if (!L.NumBuffers)
    OS << "  (void)__torc_pointers;\n";
  QualType R = L.Callee->getReturnType();
  if (R->isVoidType()) {
    OS << "  (void)__torc_result;\n  ";
  } else {
    OS << "  *(";
    printType(R, OS);
    OS << " *)__torc_result = ";
  }
  // The type of this shape's first function is every one's; __typeof__
  // spells it even when a parameter's type names another parameter.
  OS << "((__typeof__(" << L.Callee->getName()
     << ") *)__torc_task->function)(";
  const char *Sep = "";
  for (const ParamPlan &P : L.Params) {
    OS << Sep;
    Sep = ", ";
    QualType T = L.Naming->getParamDecl(P.Index)->getType();
    // A void pointer converts implicitly to any object pointer, including
    // pointers to VLA rows whose type cannot be spelled here; only function
    // pointers (in local tasks) need a cast.
    if (P.IsBuffer && T->getPointeeType()->isFunctionType()) {
      OS << "(";
      printType(T, OS);
      OS << ")";
    }
    if (P.IsBuffer)
      OS << "__torc_pointers[" << P.BufferIndex << "]";
    else
      OS << "__torc_block->p" << P.Index;
  }
  OS << ");\n}\n";
}

void CodeGen::shapeBlock(const TransferPlan &L, unsigned Shape,
                         llvm::raw_ostream &OS) const {
  if (L.NumFields) {
    writeArgsStruct(OS, Shape);
    OS << " {\n";
    // Unqualified, so that a checkpointed spawn can assign the fields of
    // a zeroed block (spawnHelper).
    for (const ParamPlan &P : L.Params)
      if (!P.IsBuffer) {
        OS << "  ";
        printType(
            L.Naming->getParamDecl(P.Index)->getType().getUnqualifiedType(),
            OS, "p" + llvm::Twine(P.Index));
        OS << ";\n";
      }
    OS << "};\n";
  }
  trampoline(L, Shape, OS);
}

std::string CodeGen::descriptorName(const FunctionDecl *F) const {
  return ("__torc_task_" + F->getName()).str();
}

void CodeGen::taskBlock(const TransferPlan &L, unsigned Shape,
                        llvm::raw_ostream &OS) const {
  StringRef Name = L.Callee->getName();
  OS << "static torc_abi_task " << descriptorName(L.Callee)
     << " = {TORC_ABI_VERSION, ";
  taskName(L.Callee, OS);
  OS << ", __torc_run_" << Shape << ", (void (*)(void))" << Name << ", ";
  if (L.NumFields) {
    OS << "sizeof(";
    writeArgsStruct(OS, Shape);
    OS << ")";
  } else {
    OS << "0";
  }
  OS << ", ";
  QualType R = L.Callee->getReturnType();
  if (R->isVoidType()) {
    OS << "0";
  } else {
    OS << "sizeof(";
    printType(R, OS);
    OS << ")";
  }
  OS << ", " << L.NumBuffers << ", -1};\n";
}

std::string CodeGen::registration(const Registrations &R) const {
  if (R.Tasks.empty() && R.Globals.empty())
    return "";
  // One constructor for the whole unit: a function per descriptor cost
  // the C compiler more than everything else about a task.
  std::string Out =
      "__attribute__((constructor)) static void __torc_register_unit(void) {\n";
  for (const std::string &T : R.Tasks)
    Out += "  torc_abi_register(&" + T + ");\n";
  for (const std::string &G : R.Globals)
    Out += "  torc_abi_register_global(&" + G + ");\n";
  return Out + "}\n";
}

bool CodeGen::needsStore(const SpawnSite &S) const {
  return S.Site->Target &&
         !Ctx.hasSameUnqualifiedType(S.Site->Target->getType(),
                                     S.Plan.Callee->getReturnType());
}

std::string CodeGen::siteName(const SpawnSite &S) const {
  return "__torc_site_" + std::to_string(S.Id);
}

std::string CodeGen::spawnCall(const SpawnSite &S, unsigned Helper) const {
  return "__torc_spawn_" + std::to_string(Helper) + "(&" +
         descriptorName(S.Plan.Callee) + ", &" + siteName(S);
}

std::string CodeGen::loopOpen(const SpawnSite &S) const {
  const Clause *C = S.Site->Dir->find(ClauseKind::Chunksize);
  std::string Id = std::to_string(S.Id);
  std::string Chunk = C ? markedInPlace(Ctx.getSourceManager(), C->Loc,
                                        FileName, S.Line, C->Expr)
                        : "1";
  return "{torc_abi_group __torc_group_" + Id +
         "; torc_abi_group_begin(&__torc_group_" + Id + ", (long)(" + Chunk +
         "), &" + siteName(S) + ");";
}

std::string CodeGen::loopClose(const SpawnSite &S) const {
  // The wait covers every child of the current task, as `#pragma torc
  // wait` does; the loop's chunks are among them.
  return " torc_abi_group_end(&__torc_group_" + std::to_string(S.Id) +
         "); torc_abi_wait();}";
}

std::vector<std::string> CodeGen::leadingArguments(const SpawnSite &S,
                                                   unsigned Resume) const {
  std::vector<std::string> Args;
  // The marker of each argument's clause; consecutive arguments from one
  // line share a marker.
  std::vector<std::string> Markers;
  const Directive &D = *S.Site->Dir;
  const SourceManager &SM = Ctx.getSourceManager();
  auto Add = [&](const Clause *C, const std::string &Text) {
    Args.push_back(Text);
    Markers.push_back(
        onLine(SM, C->Loc, Resume) ? "" : lineMarker(SM, C->Loc, FileName));
  };
  if (S.Site->Loop) {
    Args.push_back("&__torc_group_" + std::to_string(S.Id));
    Markers.emplace_back();
  }
  if (const Clause *C = D.find(ClauseKind::If))
    Add(C, "((" + C->Expr + ") ? 1 : 0)");
  if (const Clause *C = D.find(ClauseKind::Node))
    Add(C, "(" + C->Expr + ")");
  if (const Clause *C = D.find(ClauseKind::Worker))
    Add(C, "(" + C->Expr + ")");
  if (const Clause *C = D.find(ClauseKind::Callback))
    for (const std::string &A : C->Args)
      Add(C, "(" + A + ")");
  for (size_t I = 0; I < Args.size(); ++I) {
    const std::string &M = Markers[I];
    if (M.empty())
      continue;
    if (I == 0 || Markers[I - 1] != M)
      Args[I].insert(0, "\n" + M);
    if (I + 1 == Args.size() || Markers[I + 1] != M)
      Args[I] += "\n" + lineMarker(Resume, FileName);
  }
  return Args;
}

void CodeGen::spawnSignature(const SpawnSite &S, unsigned Helper,
                             llvm::raw_ostream &OS) const {
  const Directive &D = *S.Site->Dir;
  OS << "static void __torc_spawn_" << Helper << "(";
  ParameterList Params(OS);
  Params.next() << "torc_abi_task *__torc_task";
  Params.next() << "const torc_abi_site *__torc_site";
  if (S.Site->Target)
    Params.next() << "void *__torc_target";
  if (S.Site->Loop)
    Params.next() << "torc_abi_group *__torc_group";
  if (D.find(ClauseKind::If))
    Params.next() << "int __torc_if";
  if (D.find(ClauseKind::Node))
    Params.next() << "int __torc_node";
  if (D.find(ClauseKind::Worker))
    Params.next() << "int __torc_worker";
  if (const FunctionDecl *G = S.Plan.Callback)
    for (unsigned I = 0; I < G->getNumParams(); ++I)
      printType(G->getParamDecl(I)->getType(), Params.next(),
                "__torc_cb" + llvm::Twine(I));
  for (const ParamPlan &P : S.Plan.Params)
    printType(S.Plan.Naming->getParamDecl(P.Index)->getOriginalType(),
              Params.next(), P.Name);
  Params.finish();
  OS << ")";
}

void CodeGen::storeBlock(const SpawnSite &S, llvm::raw_ostream &OS) const {
  if (!needsStore(S))
    return;
  // C's assignment conversion happens here, where both types are known.
  OS << "static void __torc_store_" << S.Id
     << "(void *__torc_to, const void *__torc_from) {\n  *(";
  printType(S.Site->Target->getType(), OS);
  OS << " *)__torc_to = *(const ";
  printType(S.Plan.Callee->getReturnType(), OS);
  OS << " *)__torc_from;\n}\n";
}

void CodeGen::callbackBlock(const SpawnSite &S, llvm::raw_ostream &OS) const {
  const FunctionDecl *G = S.Plan.Callback;
  if (!G)
    return;
  if (G->getNumParams()) {
    OS << "struct __torc_cbargs_" << S.Id << " {\n";
    for (unsigned I = 0; I < G->getNumParams(); ++I) {
      OS << "  ";
      printType(G->getParamDecl(I)->getType(), OS, "a" + llvm::Twine(I));
      OS << ";\n";
    }
    OS << "};\n";
  }
  OS << "static void __torc_callback_" << S.Id << "(void *__torc_data) {\n";
  if (G->getNumParams())
    OS << "  struct __torc_cbargs_" << S.Id << " *__torc_cb = __torc_data;\n";
  else
    OS << "  (void)__torc_data;\n";
  OS << "  " << G->getName() << "(";
  for (unsigned I = 0; I < G->getNumParams(); ++I)
    OS << (I ? ", " : "") << "__torc_cb->a" << I;
  OS << ");\n}\n";
}

void CodeGen::inlineCall(const SpawnSite &S, llvm::raw_ostream &OS) const {
  OS << "  if (!__torc_if) {\n    ";
  if (!S.Site->Target) {
    directCall(S.Plan, OS);
    OS << ";\n";
  } else if (!needsStore(S)) {
    OS << "*(";
    printType(S.Plan.Callee->getReturnType(), OS);
    OS << " *)__torc_target = ";
    directCall(S.Plan, OS);
    OS << ";\n";
  } else {
    printType(S.Plan.Callee->getReturnType(), OS, "__torc_value");
    OS << " = ";
    directCall(S.Plan, OS);
    OS << ";\n    __torc_store_" << S.Id << "(__torc_target, &__torc_value);\n";
  }
  OS << "    return;\n  }\n";
}

void CodeGen::bufferInit(const ParamPlan &P, bool Markers,
                         llvm::raw_ostream &OS) const {
  std::string Size = P.ByteElements ? "1" : "sizeof(*" + P.Name + ")";
  bool Sized = P.hasBoundedExtent();
  // The line holds the clause's bounds; an error in them points there.
  if (Markers && Sized && P.Section.isValid())
    OS << lineMarker(Ctx.getSourceManager(), P.Section, FileName);
  OS << "  __torc_buffers[" << P.BufferIndex << "] = (torc_abi_buffer){(void *)"
     << P.Name << ", ";
  if (Sized && P.Lo != "0") {
    OS << "(torc_abi_u64)(" << P.Lo << ") * " << Size;
  } else {
    OS << "0";
  }
  OS << ", ";
  if (P.IsString) {
    OS << "torc_abi_string_bytes(" << P.Name << ")";
  } else if (Sized && !P.Len.empty()) {
    OS << sectionBytes(P.Name, P.Lo, P.Len, Size, "__torc_task", "__torc_site");
  } else if (Sized) {
    OS << Size;
  } else {
    OS << "0";
  }
  OS << ", " << directionMacro(P.Dir);
  if (P.Shared)
    OS << " | TORC_ABI_SHARED";
  OS << "};\n";
}

void CodeGen::optionsInit(const SpawnSite &S, llvm::raw_ostream &OS) const {
  const Directive &D = *S.Site->Dir;
  bool Local = D.find(ClauseKind::Local);
  bool Checkpoint = D.find(ClauseKind::Checkpoint);
  OS << "  torc_abi_options __torc_options = {";
  if (Local)
    OS << "TORC_ABI_FLAG_LOCAL";
  if (Local && Checkpoint)
    OS << " | ";
  if (Checkpoint)
    OS << "TORC_ABI_FLAG_CHECKPOINT";
  if (!Local && !Checkpoint)
    OS << "0";
  OS << ", " << (D.find(ClauseKind::Node) ? "__torc_node" : "-1") << ", "
     << (D.find(ClauseKind::Worker) ? "__torc_worker" : "-1") << ", ";
  if (S.Plan.Callback)
    OS << "__torc_callback_" << S.Id;
  else
    OS << "0";
  if (S.Plan.Callback && S.Plan.Callback->getNumParams())
    OS << ", &__torc_cbdata, sizeof(__torc_cbdata)";
  else
    OS << ", 0, 0";
  OS << ", " << (S.Site->Loop ? "__torc_group" : "0") << "};\n";
}

void CodeGen::siteData(const SpawnSite &S, llvm::raw_ostream &OS) const {
  storeBlock(S, OS);
  callbackBlock(S, OS);
  OS << "static const torc_abi_site " << siteName(S) << " = {"
     << QuotedFileName << ", " << S.Line << "};\n";
}

void CodeGen::spawnHelper(const SpawnSite &S, unsigned Shape, unsigned Helper,
                          bool Markers, llvm::raw_ostream &OS) const {
  const Directive &D = *S.Site->Dir;
  const TransferPlan &P = S.Plan;
  spawnSignature(S, Helper, OS);
  OS << " {\n";
  if (D.find(ClauseKind::If))
    inlineCall(S, OS);
  if (P.NumFields && D.find(ClauseKind::Checkpoint)) {
    // The runtime keys a checkpointed spawn by the block's bytes, so its
    // padding must not hold whatever the stack held.
    OS << "  ";
    writeArgsStruct(OS, Shape);
    OS << " __torc_block;\n"
          "  __builtin_memset(&__torc_block, 0, sizeof __torc_block);\n";
    for (const ParamPlan &Q : P.Params)
      if (!Q.IsBuffer)
        OS << "  __torc_block.p" << Q.Index << " = " << Q.Name << ";\n";
  } else if (P.NumFields) {
    OS << "  ";
    writeArgsStruct(OS, Shape);
    OS << " __torc_block = {";
    const char *Sep = "";
    for (const ParamPlan &Q : P.Params)
      if (!Q.IsBuffer) {
        OS << Sep << Q.Name;
        Sep = ", ";
      }
    OS << "};\n";
  }
  if (P.NumBuffers) {
    OS << "  torc_abi_buffer __torc_buffers[" << P.NumBuffers << "];\n";
    for (const ParamPlan &Q : P.Params)
      if (Q.IsBuffer)
        bufferInit(Q, Markers, OS);
  }
  const char *Args = P.NumFields ? "&__torc_block" : "0";
  const char *Buffers = P.NumBuffers ? "__torc_buffers" : "0";
  if (D.Kind == DirectiveKind::Spmd) {
    OS << "  torc_abi_spmd(__torc_task, __torc_site, " << Args << ", "
       << Buffers << ");\n}\n";
    return;
  }
  bool HasOptions = S.Site->Loop || D.find(ClauseKind::Local) ||
                    D.find(ClauseKind::Node) ||
                    D.find(ClauseKind::Worker) || P.Callback ||
                    D.find(ClauseKind::Checkpoint);
  if (P.Callback && P.Callback->getNumParams()) {
    OS << "  struct __torc_cbargs_" << S.Id << " __torc_cbdata = {";
    for (unsigned I = 0; I < P.Callback->getNumParams(); ++I)
      OS << (I ? ", " : "") << "__torc_cb" << I;
    OS << "};\n";
  }
  if (HasOptions)
    optionsInit(S, OS);
  OS << "  torc_abi_spawn(__torc_task, __torc_site, " << Args << ", "
     << Buffers << ", " << (S.Site->Target ? "__torc_target" : "0") << ", ";
  if (needsStore(S))
    OS << "__torc_store_" << S.Id;
  else
    OS << "0";
  OS << ", " << (HasOptions ? "&__torc_options" : "0") << ");\n}\n";
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
