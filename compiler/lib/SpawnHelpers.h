//===- SpawnHelpers.h - spawn helpers shared between sites ----------------===//

#ifndef TORCC_SPAWNHELPERS_H
#define TORCC_SPAWNHELPERS_H

#include "CodeGen.h"

#include "llvm/ADT/StringMap.h"

namespace torcc {

/// Decides which spawn helper each site calls, and writes the helpers
/// (compiler/DESIGN.md, "What a spawn becomes"). A site whose helper would
/// read exactly like an earlier one's calls that one instead: a file with
/// thousands of sites then compiles a few dozen helpers, not thousands.
///
/// Bounds are compared as torcc writes them, after macro expansion, so a
/// macro redefined between two sites gives two texts. Only bounds that name
/// nothing but the task function's parameters are shared: what they mean
/// does not depend on where in the file the helper stands. A bound that
/// names a global keeps a helper of its own, next to its site.
class SpawnHelpers {
public:
  SpawnHelpers(const clang::ASTContext &Ctx, const CodeGen &Gen)
      : Ctx(Ctx), Gen(Gen) {}

  /// The number of the helper site \p S calls, whose task function has
  /// shape \p Shape. A new helper is written to \p OS, which is inserted at
  /// offset \p Offset of the file; an earlier one is shared only if it was
  /// inserted there or before, so that it is declared before the call.
  unsigned use(const SpawnSite &S, unsigned Shape, unsigned Offset,
               llvm::raw_ostream &OS);

private:
  /// Whether every name in the bounds of \p S is a parameter of its task
  /// function or a keyword, and none has ever been a macro.
  bool boundsNameOnlyParameters(const SpawnSite &S) const;

  struct Written {
    unsigned Helper;
    unsigned Offset;
  };
  const clang::ASTContext &Ctx;
  const CodeGen &Gen;
  /// Shareable helpers by their text, with the helper's number written as
  /// 0 and without line markers.
  llvm::StringMap<Written> ByText;
};

} // namespace torcc

#endif
