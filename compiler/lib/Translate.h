//===- Translate.h - one C source in, its translation out -----------------===//
//
// The single entry point to the translation, shared by the driver and the
// fuzzer, so that both parse with the same flags and run the same action.
//
//===----------------------------------------------------------------------===//

#ifndef TORCC_TRANSLATE_H
#define TORCC_TRANSLATE_H

#include "EditList.h"
#include "Layout.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/FileManager.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>
#include <vector>

namespace torcc {

/// What a translation parses with, besides the source itself.
struct ParseSetup {
  /// The user's flags that change how the source parses (-I, -D, -std=...).
  std::vector<std::string> Flags;
  /// Where the runtime's headers and Clang's builtin headers are.
  Layout Where;
};

/// The command line that parses \p File as torcc does: C only, no
/// warnings, Clang's builtin headers, the runtime's and MPI's headers.
std::vector<std::string> parseArguments(const std::string &File,
                                        const ParseSetup &Setup);

/// A file manager that sees the disk, except that \p File holds \p Code.
/// The edits are applied to \p Code, so the parse must see that text, not
/// whatever the file holds by then.
llvm::IntrusiveRefCntPtr<clang::FileManager> withFile(const std::string &File,
                                                      llvm::StringRef Code);

/// A translation that succeeded: the source text and torcc's edits of it.
/// The output is written from the two in one pass rather than built in
/// memory first, since a large file's output is megabytes. It refers to
/// the source text, which must outlive it.
class Translation {
public:
  /// The translation of \p Source by \p Edits, or the error that keeps
  /// the edits from applying.
  static llvm::Expected<Translation> make(llvm::StringRef Source,
                                          EditList Edits);

  /// Writes the translated source to \p OS.
  void write(llvm::raw_ostream &OS) const;
  /// The translated source.
  std::string str() const;

private:
  Translation(llvm::StringRef Source, EditList Edits)
      : Source(Source), Edits(std::move(Edits)) {}

  llvm::StringRef Source;
  EditList Edits;
  /// The output, built up front when the edits cannot be written in one
  /// pass, so that any error is known before anything is written.
  std::optional<std::string> Text;
};

/// Translates \p Code, the contents of the C source \p File; quoted
/// includes still resolve next to \p File. Diagnostics go to \p Diags, or
/// to standard error when it is null. Returns the translation, which
/// refers to \p Code, or nothing after any reported error.
std::optional<Translation>
translateSource(const std::string &File, llvm::StringRef Code,
                const ParseSetup &Setup,
                clang::DiagnosticConsumer *Diags = nullptr);

} // namespace torcc

#endif
