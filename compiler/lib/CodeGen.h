//===- CodeGen.h - text of generated descriptors and spawn functions ------===//

#ifndef TORCC_CODEGEN_H
#define TORCC_CODEGEN_H

#include "Binder.h"
#include "TransferPlan.h"

#include "clang/AST/PrettyPrinter.h"

#include <string>
#include <vector>

namespace torcc {

/// One spawn site with its plan and the number that names its functions.
struct SpawnSite {
  const CallSite *Site = nullptr;
  TransferPlan Plan;
  unsigned Id = 0;
  unsigned Line = 0;
};

/// Builds the C text torcc inserts (compiler/DESIGN.md, "What a spawn
/// becomes"). Types are spelled by Clang's printer from the declarations'
/// own (sugared) types, so typedef names survive.
class CodeGen {
public:
  CodeGen(clang::ASTContext &Ctx, std::string FileName);

  /// A prototype for \p F, for use before its first declaration.
  std::string prototype(const clang::FunctionDecl *F) const;

  /// The by-value block, trampoline, descriptor and its registration.
  std::string taskBlock(const TransferPlan &Layout) const;

  /// The store, callback and spawn functions of one site.
  std::string siteBlock(const SpawnSite &S) const;

  /// The clause arguments the rewritten call passes after `&(lvalue)` and
  /// before the original ones, evaluated in the caller's scope.
  std::vector<std::string> leadingArguments(const SpawnSite &S) const;

  std::string spawnName(const SpawnSite &S) const;

  /// `parallel for`: what replaces the directive (opening a block that
  /// declares and starts the loop's group) and what follows the loop
  /// (placing the last bundle, waiting, and closing the block).
  std::string loopOpen(const SpawnSite &S) const;
  std::string loopClose(const SpawnSite &S) const;

  /// The new `main` that runs \p Renamed as the primary task.
  std::string mainWrapper(const clang::FunctionDecl *Main,
                          const std::string &Renamed) const;

private:
  std::string type(clang::QualType T, const std::string &Name = "") const;
  std::string taskName(const clang::FunctionDecl *F) const;
  std::string trampoline(const TransferPlan &Layout) const;
  std::string callbackBlock(const SpawnSite &S) const;
  std::string storeBlock(const SpawnSite &S) const;
  std::string spawnSignature(const SpawnSite &S) const;
  std::string inlineCall(const SpawnSite &S) const;
  std::string bufferInit(const ParamPlan &P) const;
  std::string optionsInit(const SpawnSite &S) const;
  std::string directCall(const TransferPlan &Plan) const;
  bool needsStore(const SpawnSite &S) const;

  clang::ASTContext &Ctx;
  clang::PrintingPolicy Policy;
  std::string FileName;
};

/// \p S as a C string literal.
std::string quote(llvm::StringRef S);

} // namespace torcc

#endif
