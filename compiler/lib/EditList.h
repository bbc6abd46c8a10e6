//===- EditList.h - the edits of the main file, applied in one pass -------===//
//
// torcc makes thousands of edits to a large file (one per directive, a few
// per spawned call, one per inserted block). clang::tooling::Replacements
// copies the file name and the text into every edit, keeps them in a
// std::set and applies them through a Rewriter's rope into a new string:
// 7% of the time torcc took on such a file. Edits that do not touch each
// other, torcc's only kind, are kept here in offset order and written out
// with the file in one pass. Any other edit hands the whole list to
// tooling::Replacements, so merges, conflicts and their messages stay
// exactly Clang's.
//
//===----------------------------------------------------------------------===//

#ifndef TORCC_EDITLIST_H
#define TORCC_EDITLIST_H

#include "clang/Basic/SourceManager.h"
#include "clang/Tooling/Core/Replacement.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <memory>
#include <set>
#include <string>
#include <utility>

namespace torcc {

/// The edits of one file, as tooling::Replacements keeps them.
class EditList {
public:
  /// Replaces the text of \p Range, a character range of one file, with
  /// \p Text; an empty range inserts. Fails, leaving the list as it was,
  /// exactly when tooling::Replacements::add would, with its error.
  llvm::Error add(const clang::SourceManager &SM, clang::CharSourceRange Range,
                  std::string Text, const clang::LangOptions &LangOpts);

  /// Whether write() can apply the edits to \p Code, the text of the
  /// edited file: they touch no other edit and lie inside it.
  bool writesInOnePass(llvm::StringRef Code) const;
  /// Writes \p Code with every edit applied; only if writesInOnePass(Code).
  void write(llvm::StringRef Code, llvm::raw_ostream &OS) const;
  /// \p Code with every edit applied, whatever the edits.
  llvm::Expected<std::string> apply(llvm::StringRef Code) const;

private:
  struct Edit {
    unsigned Offset;
    unsigned Length;
    std::string Text;
    unsigned end() const { return Offset + Length; }
  };

  /// Orders edits by offset, an insertion before a replacement at the same
  /// offset: the order in which tooling::Replacements applies them. It
  /// also compares an edit with an (offset, length) pair, to search.
  struct ByOffset {
    using is_transparent = void;
    using Key = std::pair<unsigned, unsigned>;
    static Key key(const Edit &E) { return {E.Offset, E.Length}; }
    static Key key(const Key &K) { return K; }
    template <typename A, typename B>
    bool operator()(const A &L, const B &R) const {
      return key(L) < key(R);
    }
  };

  /// Whether an edit of \p Length bytes at \p Offset overlaps an edit in
  /// the list, or inserts where another insertion already is: the cases
  /// in which tooling::Replacements merges or refuses.
  bool touchesAnother(unsigned Offset, unsigned Length) const;
  /// The same edits as tooling::Replacements.
  clang::tooling::Replacements asReplacements() const;

  /// Edits of File that touch no other, in the order they apply.
  std::set<Edit, ByOffset> Edits;
  clang::FileID File;
  std::string FilePath; ///< File's name, as tooling::Replacement has it.
  /// Every edit once one falls outside the simple case; Edits is then empty.
  std::unique_ptr<clang::tooling::Replacements> Fallback;
};

} // namespace torcc

#endif
