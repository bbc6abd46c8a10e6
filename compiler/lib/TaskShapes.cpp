//===- TaskShapes.cpp - task functions grouped by signature ---------------===//

#include "TaskShapes.h"

#include <cassert>

using namespace clang;

namespace torcc {

namespace {

std::uintptr_t canonical(QualType T) {
  return reinterpret_cast<std::uintptr_t>(
      T.getCanonicalType().getAsOpaquePtr());
}

} // namespace

TaskShapes::Entry TaskShapes::add(const TransferPlan &Layout) {
  const FunctionDecl *F = Layout.Callee->getCanonicalDecl();
  auto Known = ByFunction.find(F);
  if (Known != ByFunction.end())
    return {Known->second, false};
  // The function type alone would do for a prototype, but a function
  // defined without one has its parameter types only on the definition.
  Key K{canonical(Layout.Callee->getType())};
  for (const ParamPlan &P : Layout.Params) {
    K.push_back(canonical(Layout.Naming->getParamDecl(P.Index)->getType()));
    K.push_back(P.IsBuffer);
  }
  auto Inserted = Shapes.try_emplace(std::move(K), Shapes.size() + 1);
  ByFunction[F] = Inserted.first->second;
  return {Inserted.first->second, Inserted.second};
}

unsigned TaskShapes::of(const FunctionDecl *F) const {
  auto Known = ByFunction.find(F->getCanonicalDecl());
  assert(Known != ByFunction.end() && "a task's block comes before its sites");
  return Known->second;
}

} // namespace torcc
