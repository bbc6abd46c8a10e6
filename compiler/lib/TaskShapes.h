//===- TaskShapes.h - task functions grouped by signature -----------------===//

#ifndef TORCC_TASKSHAPES_H
#define TORCC_TASKSHAPES_H

#include "TransferPlan.h"

#include "llvm/ADT/DenseMap.h"

#include <cstdint>
#include <map>
#include <vector>

namespace torcc {

/// Numbers the task functions of a translation unit by shape: functions
/// whose parameters and result have the same types, and so move the same
/// way, share one argument block type and one trampoline, which reaches
/// each function through its descriptor (compiler/DESIGN.md, "What a spawn
/// becomes").
class TaskShapes {
public:
  struct Entry {
    unsigned Shape = 0;
    bool IsNew = false; ///< The first function of its shape.
  };

  /// Adds the function of \p Layout, once.
  Entry add(const TransferPlan &Layout);

  /// The shape of a function already added.
  unsigned of(const clang::FunctionDecl *F) const;

private:
  /// Canonical types of the function, each parameter and whether it is
  /// a buffer.
  using Key = std::vector<std::uintptr_t>;
  std::map<Key, unsigned> Shapes;
  llvm::DenseMap<const clang::FunctionDecl *, unsigned> ByFunction;
};

} // namespace torcc

#endif
