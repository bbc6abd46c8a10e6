//===- LineMarkers.h - `#line` markers in generated code ------------------===//
//
// The C compiler reports errors by the line markers it has read last. torcc
// starts the helpers it generates for a directive with a marker naming the
// directive's line, and puts every piece of the user's own text that it
// re-emits (a section bound, an `if`, `node`, `worker` or `chunksize`
// argument, a callback's argument) on a line marked as its clause's, so
// that an error in that text points at the clause, and one in the helpers
// at the directive, never at a line of torcc's making.
//
//===----------------------------------------------------------------------===//

#ifndef TORCC_LINEMARKERS_H
#define TORCC_LINEMARKERS_H

#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace torcc {

/// `#line N "file"` and a newline, for line \p Line of the main file, which
/// markers name \p MainFile, as the user named it.
std::string lineMarker(unsigned Line, llvm::StringRef MainFile);

/// The marker for the line where \p Loc was written (where its macro was
/// expanded): in the main file as above, in any other file under the name
/// and line that Clang reports for it.
std::string lineMarker(const clang::SourceManager &SM,
                       clang::SourceLocation Loc, llvm::StringRef MainFile);

/// Whether \p Loc was written on line \p Line of the main file.
bool onLine(const clang::SourceManager &SM, clang::SourceLocation Loc,
            unsigned Line);

/// \p Text, written at \p Clause, for use inside a line of the main file
/// whose own line is \p Resume: on a line of its own, marked as the
/// clause's line, and followed by a marker that returns to \p Resume, so
/// that the user's lines keep their numbers. Unchanged when the clause is
/// on \p Resume already.
std::string markedInPlace(const clang::SourceManager &SM,
                          clang::SourceLocation Clause,
                          llvm::StringRef MainFile, unsigned Resume,
                          llvm::StringRef Text);

/// Writes \p Marker, the directive's line, before the first line written
/// through it, and again after each line that the generator marked with a
/// `#line` of its own (a line of the user's text), unless another directive
/// follows. Lines of a helper are thus counted from the directive's line.
class MarkedLineStream : public llvm::raw_ostream {
public:
  MarkedLineStream(llvm::raw_ostream &Out, std::string Marker)
      : Out(Out), Marker(std::move(Marker)) {}
  ~MarkedLineStream() override { flush(); }

private:
  void write_impl(const char *Ptr, size_t Size) override;
  uint64_t current_pos() const override { return Written; }

  llvm::raw_ostream &Out;
  std::string Marker;
  uint64_t Written = 0;
  bool AtLineStart = true;
  bool NeedMarker = true;      ///< The next line must return to Marker's line.
  bool AfterDirective = false; ///< The line before was a directive.
};

} // namespace torcc

#endif
