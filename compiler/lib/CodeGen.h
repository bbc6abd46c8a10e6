//===- CodeGen.h - text of generated descriptors and spawn functions ------===//

#ifndef TORCC_CODEGEN_H
#define TORCC_CODEGEN_H

#include "Binder.h"
#include "TransferPlan.h"

#include "clang/AST/PrettyPrinter.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/raw_ostream.h"

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

/// The registrations of a unit's descriptors, which one constructor at the
/// end of the unit makes.
struct Registrations {
  std::vector<std::string> Tasks;   ///< Descriptor names.
  std::vector<std::string> Globals; ///< Broadcast globals' descriptor names.
};

/// Builds the C text torcc inserts (compiler/DESIGN.md, "What a spawn
/// becomes"). Types are spelled by Clang's printer from the declarations'
/// own (sugared) types, so typedef names survive. The blocks, a few per
/// spawn site, are written straight into the text that holds them: a
/// large file has thousands, and building each piece as a string of its
/// own cost more than the rest of the translation.
class CodeGen {
public:
  CodeGen(clang::ASTContext &Ctx, std::string FileName);

  /// A prototype for \p F, for use before its first declaration.
  void prototype(const clang::FunctionDecl *F, llvm::raw_ostream &OS) const;

  /// The by-value block type and the trampoline of task shape \p Shape,
  /// whose first function is that of \p Layout (see TaskShapes).
  void shapeBlock(const TransferPlan &Layout, unsigned Shape,
                  llvm::raw_ostream &OS) const;

  /// The descriptor of the function of \p Layout, of shape \p Shape.
  void taskBlock(const TransferPlan &Layout, unsigned Shape,
                 llvm::raw_ostream &OS) const;

  /// The name of the descriptor of task function \p F.
  std::string descriptorName(const clang::FunctionDecl *F) const;

  /// What belongs to one site alone: its store and callback functions and
  /// its torc_abi_site, which the rewritten call passes to its helper.
  void siteData(const SpawnSite &S, llvm::raw_ostream &OS) const;

  /// The spawn helper `__torc_spawn_<Helper>` of site \p S, whose task
  /// function has shape \p Shape. It takes the task's descriptor and the
  /// site as arguments, so sites whose helpers read alike can share one
  /// (SpawnHelpers). Without \p Markers, the `#line` markers of the
  /// clauses' text are left out.
  void spawnHelper(const SpawnSite &S, unsigned Shape, unsigned Helper,
                   bool Markers, llvm::raw_ostream &OS) const;

  /// The constructor that registers \p R, or nothing when it is empty.
  std::string registration(const Registrations &R) const;

  /// The clause arguments the rewritten call passes after `&(lvalue)` and
  /// before the original ones, evaluated in the caller's scope. Each one
  /// the user wrote is marked with its clause's line, and followed by a
  /// marker back to \p Resume, the line of the call's opening parenthesis.
  std::vector<std::string> leadingArguments(const SpawnSite &S,
                                            unsigned Resume) const;

  /// The start of the rewritten call to helper \p Helper, up to its
  /// descriptor and site arguments: `__torc_spawn_3(&__torc_task_f,
  /// &__torc_site_5`.
  std::string spawnCall(const SpawnSite &S, unsigned Helper) const;

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
  /// Writes \p T declaring \p Name, or alone when \p Name is empty.
  void printType(clang::QualType T, llvm::raw_ostream &OS,
                 const llvm::Twine &Name = "") const;
  void taskName(const clang::FunctionDecl *F, llvm::raw_ostream &OS) const;
  void trampoline(const TransferPlan &Layout, unsigned Shape,
                  llvm::raw_ostream &OS) const;
  void callbackBlock(const SpawnSite &S, llvm::raw_ostream &OS) const;
  void storeBlock(const SpawnSite &S, llvm::raw_ostream &OS) const;
  std::string siteName(const SpawnSite &S) const;
  void spawnSignature(const SpawnSite &S, unsigned Helper,
                      llvm::raw_ostream &OS) const;
  void inlineCall(const SpawnSite &S, llvm::raw_ostream &OS) const;
  /// One torc_abi_buffer of a spawn, from its plan, with its clause's line
  /// marker when \p Markers.
  void bufferInit(const ParamPlan &P, bool Markers,
                  llvm::raw_ostream &OS) const;
  void optionsInit(const SpawnSite &S, llvm::raw_ostream &OS) const;
  void directCall(const TransferPlan &Plan, llvm::raw_ostream &OS) const;
  bool needsStore(const SpawnSite &S) const;

  clang::ASTContext &Ctx;
  clang::PrintingPolicy Policy;
  std::string FileName;
  std::string QuotedFileName; ///< FileName as a C string literal.
};

/// \p S as a C string literal.
std::string quote(llvm::StringRef S);

/// The C expression for the bytes of section `Name[Lo:Len]` of elements of
/// \p ElementSize bytes (a C expression), checked by the runtime, which
/// names the section, \p Task (a C expression for the address of the task
/// descriptor, or "0" for a broadcast) and \p Site (one for the address of
/// the torc_abi_site) when the length is negative or the bytes overflow.
std::string sectionBytes(llvm::StringRef Name, llvm::StringRef Lo,
                         llvm::StringRef Len, llvm::StringRef ElementSize,
                         llvm::StringRef Task, llvm::StringRef Site);

} // namespace torcc

#endif
