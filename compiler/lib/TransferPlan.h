//===- TransferPlan.h - how each argument of a task moves -----------------===//

#ifndef TORCC_TRANSFERPLAN_H
#define TORCC_TRANSFERPLAN_H

#include "Binder.h"
#include "Diagnostics.h"

#include "llvm/ADT/DenseMap.h"

#include <string>
#include <vector>

namespace torcc {

enum class Direction { In = 1, Out = 2, Inout = 3 };

/// How one parameter moves. The layout does not depend on the spawn site:
/// pointer parameters are buffers, in parameter order, and every other
/// parameter is a field of the by-value block. Only the extents and the
/// checks differ between sites, so all sites of a function share one
/// descriptor.
struct ParamPlan {
  unsigned Index = 0;
  std::string Name;      ///< The name used in generated code.
  bool IsBuffer = false; ///< False: copied by value.
  unsigned BufferIndex = 0;
  Direction Dir = Direction::In;
  bool IsString = false;     ///< `const char *`: strlen + 1 bytes.
  bool HasExtent = true;     ///< False: a local task's pointer, 0 bytes.
  bool ByteElements = false; ///< `void *`: the section counts bytes.
  bool Shared = false;       ///< `shared`: read in place on the spawning node.
  std::string Lo = "0";      ///< First element, as source text.
  std::string Len;           ///< Number of elements; empty means one.
  /// Where the clause item that gave Lo and Len was written; invalid when
  /// torcc derived them itself.
  clang::SourceLocation Section;

  /// Whether the section's extent is known from its bounds (Lo, Len and
  /// the element size). A string's size is counted when it is spawned
  /// instead; a local task's pointer and a `void *` without a length have
  /// none, and move no bytes.
  bool hasBoundedExtent() const {
    return !IsString && HasExtent && !(ByteElements && Len.empty());
  }
};

struct TransferPlan {
  const clang::FunctionDecl *Callee = nullptr;
  /// The declaration whose parameter names and types generated code uses:
  /// the annotated one when the function has a file-scope directive.
  const clang::FunctionDecl *Naming = nullptr;
  std::vector<ParamPlan> Params;
  unsigned NumBuffers = 0;
  unsigned NumFields = 0;
  /// The function named by a `callback` clause, if any.
  const clang::FunctionDecl *Callback = nullptr;
};

/// Classifies parameters (spec §2) for each spawn site, merging the clauses
/// of the function's file-scope directive with those of the site, which take
/// precedence per parameter.
class Planner {
public:
  Planner(clang::ASTContext &Ctx, const Bindings &B, Diagnostics &Diags)
      : Ctx(Ctx), B(B), Diags(Diags) {}

  /// Checks the items of every file-scope directive once, so that a bad
  /// annotation is reported even if the function is never spawned here.
  bool checkDeclarations();

  /// The plan for one site; false after reporting why it cannot be made.
  bool plan(const CallSite &Site, TransferPlan &Out);

  /// The plan of a function independent of any site, for its descriptor.
  TransferPlan layout(const clang::FunctionDecl *Callee) const;

private:
  struct Binding {
    ClauseKind Kind;
    const Item *I;
  };
  using ItemMap = llvm::DenseMap<unsigned, Binding>;
  /// The parameters a directive names, by index: how each one moves, and
  /// which are `shared`.
  struct NamedItems {
    ItemMap Moves;
    llvm::DenseMap<unsigned, const Item *> Shared;
  };

  bool resolveItems(const Directive &D, const clang::FunctionDecl *Naming,
                    NamedItems &Out, bool Report);
  bool checkCheckpointKeys(const CallSite &Site, const TransferPlan &Plan);
  bool checkShared(const CallSite &Site, const Item &I, ParamPlan &P,
                   const clang::ParmVarDecl *Param);
  bool classify(const CallSite &Site, const Binding *Given, ParamPlan &P,
                const clang::ParmVarDecl *Param);
  bool classifyPointer(const CallSite &Site, const Binding *Given, ParamPlan &P,
                       const clang::ParmVarDecl *Param);
  bool reportUnnamed(const CallSite &Site, const ParamPlan &P,
                     clang::SourceLocation Loc);
  bool reportNonconst(const CallSite &Site, const ParamPlan &P,
                      clang::SourceLocation Loc);
  void noteParameter(const clang::ParmVarDecl *Param);
  bool checkValue(const CallSite &Site, const clang::ParmVarDecl *Param);
  bool checkResult(const CallSite &Site);
  bool resolveCallback(const CallSite &Site, TransferPlan &Out);
  const clang::FunctionDecl *naming(const clang::FunctionDecl *F) const;

  clang::ASTContext &Ctx;
  const Bindings &B;
  Diagnostics &Diags;
};

/// The dotted path of the first pointer member inside a struct or union
/// \p T (searching nested records and arrays), or an empty string.
std::string pointerMember(clang::QualType T, const clang::ASTContext &Ctx);

/// The name generated code uses for parameter \p I of \p F.
std::string paramName(const clang::FunctionDecl *F, unsigned I);

/// The named parameters of \p F for a message, e.g. `'n', 'x', 'y'`; empty
/// when none has a name.
std::string parameterList(const clang::FunctionDecl *F);

} // namespace torcc

#endif
