//===- Broadcast.h - `#pragma torc broadcast` of global variables ---------===//

#ifndef TORCC_BROADCAST_H
#define TORCC_BROADCAST_H

#include "Binder.h"
#include "Diagnostics.h"

#include <string>
#include <vector>

namespace torcc {

/// One item: a whole global, or a section of a global array.
struct BroadcastItem {
  const clang::VarDecl *Var = nullptr;
  bool HasSection = false;
  std::string Lo, Len; ///< Source text, when HasSection.
};

struct BroadcastPlan {
  const BroadcastDirective *Site = nullptr;
  std::vector<BroadcastItem> Items;
  unsigned Line = 0;
};

/// Resolves each item to a file-scope variable visible at the directive
/// and checks that its bytes mean the same on every node (no pointers).
/// Globals are found by name, never by address (spec §1.6).
bool planBroadcast(clang::ASTContext &Ctx, const BroadcastDirective &B,
                   Diagnostics &Diags, BroadcastPlan &Out);

/// The descriptor of \p Var, registered by the unit's constructor (see
/// CodeGen::registration); its name is "file.c:g" for a global with
/// internal linkage.
std::string globalBlock(const clang::VarDecl *Var, const std::string &File);

/// The C name of the descriptor of \p Var.
std::string globalName(const clang::VarDecl *Var);

/// The statement that replaces the directive.
std::string broadcastStatement(const BroadcastPlan &P, const std::string &File);

} // namespace torcc

#endif
