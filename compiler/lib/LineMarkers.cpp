//===- LineMarkers.cpp - `#line` markers in generated code ----------------===//

#include "LineMarkers.h"

#include "CodeGen.h"

using namespace clang;

namespace torcc {

std::string lineMarker(unsigned Line, StringRef MainFile) {
  return "#line " + std::to_string(Line) + " " + quote(MainFile) + "\n";
}

std::string lineMarker(const SourceManager &SM, SourceLocation Loc,
                       StringRef MainFile) {
  Loc = SM.getExpansionLoc(Loc);
  // The main file's lines are counted as torcc's other markers count them,
  // which keep the user's lines in place.
  if (SM.isInMainFile(Loc))
    return lineMarker(SM.getExpansionLineNumber(Loc), MainFile);
  PresumedLoc P = SM.getPresumedLoc(Loc);
  if (P.isInvalid())
    return lineMarker(SM.getExpansionLineNumber(Loc), MainFile);
  return "#line " + std::to_string(P.getLine()) + " " + quote(P.getFilename()) +
         "\n";
}

bool onLine(const SourceManager &SM, SourceLocation Loc, unsigned Line) {
  Loc = SM.getExpansionLoc(Loc);
  return SM.isInMainFile(Loc) && SM.getExpansionLineNumber(Loc) == Line;
}

std::string markedInPlace(const SourceManager &SM, SourceLocation Clause,
                          StringRef MainFile, unsigned Resume, StringRef Text) {
  if (onLine(SM, Clause, Resume))
    return Text.str();
  return "\n" + lineMarker(SM, Clause, MainFile) + Text.str() + "\n" +
         lineMarker(Resume, MainFile);
}

void MarkedLineStream::write_impl(const char *Ptr, size_t Size) {
  Written += Size;
  StringRef Rest(Ptr, Size);
  while (!Rest.empty()) {
    if (AtLineStart) {
      if (Rest.front() == '#') {
        NeedMarker = false;
        AfterDirective = true;
      } else {
        if (NeedMarker)
          Out << Marker;
        NeedMarker = AfterDirective;
        AfterDirective = false;
      }
      AtLineStart = false;
    }
    size_t End = Rest.find('\n');
    if (End == StringRef::npos) {
      Out << Rest;
      return;
    }
    Out << Rest.take_front(End + 1);
    Rest = Rest.drop_front(End + 1);
    AtLineStart = true;
  }
}

} // namespace torcc
