//===- Diagnostics.cpp - torcc's diagnostics ------------------------------===//

#include "Diagnostics.h"

using namespace clang;

namespace torcc {

Diagnostics::Diagnostics(DiagnosticsEngine &Engine) : Engine(Engine) {
  // The IDs are registered up front: getCustomDiagID wants the message as a
  // literal, which only the .def table has.
#define TORCC_DIAG(Name, Level, Message)                                       \
  IDs[static_cast<unsigned>(Diag::Name)] =                                     \
      Engine.getCustomDiagID(DiagnosticsEngine::Level, Message);
#include "Diagnostics.def"
#undef TORCC_DIAG
}

DiagnosticBuilder Diagnostics::report(SourceLocation Loc, Diag D) {
  if (Loc.isMacroID() && Engine.hasSourceManager())
    Loc = Engine.getSourceManager().getExpansionLoc(Loc);
  return Engine.Report(Loc, IDs[static_cast<unsigned>(D)]);
}

} // namespace torcc
