//===- Diagnostics.h - torcc's diagnostics --------------------------------===//
//
// Every custom diagnostic is declared once in Diagnostics.def; this class
// registers them with a DiagnosticsEngine so that all of torcc reports
// through Clang, in Clang's format, with the same location handling.
//
//===----------------------------------------------------------------------===//

#ifndef TORCC_DIAGNOSTICS_H
#define TORCC_DIAGNOSTICS_H

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceLocation.h"
#include "clang/Basic/SourceManager.h"

namespace torcc {

enum class Diag {
#define TORCC_DIAG(Name, Level, Message) Name,
#include "Diagnostics.def"
#undef TORCC_DIAG
  NumDiags
};

/// Reports torcc diagnostics through a Clang DiagnosticsEngine.
class Diagnostics {
public:
  explicit Diagnostics(clang::DiagnosticsEngine &Engine);

  /// Starts a diagnostic at \p Loc; macro locations are mapped to where the
  /// macro was expanded, which is where the user wrote the directive.
  clang::DiagnosticBuilder report(clang::SourceLocation Loc, Diag D);

  bool hasErrors() const { return Engine.hasErrorOccurred(); }
  clang::DiagnosticsEngine &engine() { return Engine; }

private:
  clang::DiagnosticsEngine &Engine;
  unsigned IDs[static_cast<unsigned>(Diag::NumDiags)];
};

} // namespace torcc

#endif
