//===- EditList.cpp - the edits of the main file, applied in one pass -----===//

#include "EditList.h"

#include <cassert>
#include <iterator>

using namespace clang;
using tooling::Replacement;

namespace torcc {

bool EditList::touchesAnother(unsigned Offset, unsigned Length) const {
  unsigned End = Offset + Length;
  // Two insertions at one offset are merged or refused.
  if (Length == 0 && Edits.count(ByOffset::Key{Offset, 0}))
    return true;
  // The edits in the list touch no other, so only the last one starting
  // before Offset can reach into the new edit from the left...
  auto Next = Edits.lower_bound(ByOffset::Key{Offset, 0});
  if (Next != Edits.begin() && std::prev(Next)->end() > Offset)
    return true;
  // ... and the others must start at or after its end, an insertion at
  // Offset itself being adjacent rather than overlapping.
  for (; Next != Edits.end() && Next->Offset < End; ++Next)
    if (Next->end() > Offset)
      return true;
  return false;
}

llvm::Error EditList::add(const SourceManager &SM, CharSourceRange Range,
                          std::string Text, const LangOptions &LangOpts) {
  if (!Fallback) {
    // Where tooling::Replacement would place the edit.
    std::pair<FileID, unsigned> Begin =
        SM.getDecomposedLoc(SM.getSpellingLoc(Range.getBegin()));
    std::pair<FileID, unsigned> End =
        SM.getDecomposedLoc(SM.getSpellingLoc(Range.getEnd()));
    bool SameFile = Edits.empty() || Begin.first == File;
    if (Range.isCharRange() && Begin.first.isValid() &&
        Begin.first == End.first && Begin.second <= End.second && SameFile &&
        !touchesAnother(Begin.second, End.second - Begin.second)) {
      if (Edits.empty()) {
        File = Begin.first;
        const FileEntry *Entry = SM.getFileEntryForID(File);
        FilePath = Entry ? Entry->getName().str() : "";
      }
      Edits.insert({Begin.second, End.second - Begin.second, std::move(Text)});
      return llvm::Error::success();
    }
    Fallback = std::make_unique<tooling::Replacements>(asReplacements());
    Edits.clear();
  }
  return Fallback->add(Replacement(SM, Range, Text, LangOpts));
}

tooling::Replacements EditList::asReplacements() const {
  // Edits that touch no other land in a Replacements unchanged, whatever
  // the order they are added in.
  tooling::Replacements All;
  for (const Edit &E : Edits)
    llvm::cantFail(All.add(Replacement(FilePath, E.Offset, E.Length, E.Text)));
  return All;
}

bool EditList::writesInOnePass(llvm::StringRef Code) const {
  return !Fallback &&
         (Edits.empty() || std::prev(Edits.end())->end() <= Code.size());
}

void EditList::write(llvm::StringRef Code, llvm::raw_ostream &OS) const {
  assert(writesInOnePass(Code) && "edits that need tooling::Replacements");
  unsigned At = 0;
  for (const Edit &E : Edits) {
    OS << Code.slice(At, E.Offset) << E.Text;
    At = E.end();
  }
  OS << Code.substr(At);
}

llvm::Expected<std::string> EditList::apply(llvm::StringRef Code) const {
  if (!writesInOnePass(Code))
    return tooling::applyAllReplacements(Code, Fallback ? *Fallback
                                                        : asReplacements());
  size_t Size = Code.size();
  for (const Edit &E : Edits)
    Size += E.Text.size() - E.Length;
  std::string Out;
  Out.reserve(Size);
  llvm::raw_string_ostream OS(Out);
  write(Code, OS);
  return Out;
}

} // namespace torcc
