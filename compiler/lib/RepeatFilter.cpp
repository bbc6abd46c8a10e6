//===- RepeatFilter.cpp - each diagnostic printed once --------------------===//

#include "RepeatFilter.h"

#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallString.h"

using namespace clang;

namespace torcc {

void RepeatFilter::HandleDiagnostic(DiagnosticsEngine::Level Level,
                                    const Diagnostic &Info) {
  if (Level == DiagnosticsEngine::Note) {
    if (!Skipping)
      Inner->HandleDiagnostic(Level, Info);
    return;
  }
  llvm::SmallString<128> Text;
  Info.FormatDiagnostic(Text);
  // Each use of a macro argument is an expansion of its own; the place in
  // the file is what the user sees.
  SourceLocation Place = Info.getLocation();
  if (Place.isValid() && Info.hasSourceManager())
    Place = Info.getSourceManager().getFileLoc(Place);
  Skipping = Level == LastLevel && Place == LastPlace && Text == LastText;
  if (Skipping)
    return;
  LastLevel = Level;
  LastPlace = Place;
  LastText = std::string(Text);
  // The base class counts what is shown, for "N errors generated".
  DiagnosticConsumer::HandleDiagnostic(Level, Info);
  Inner->HandleDiagnostic(Level, Info);
}

} // namespace torcc
