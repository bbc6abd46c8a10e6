//===- test-edit-list.cpp - EditList against tooling::Replacements --------===//
//
// EditList writes edits that touch no other in one pass and hands any other
// edit to tooling::Replacements. torcc makes only the first kind, so the
// translation tests never reach the fallback; this program does. Each case
// gives the same edits of an in-memory file to an EditList and to a
// tooling::Replacements, and requires the same answer from both: the error
// of every add (a refused edit leaving the list as it was), and the edited
// text, from apply() and, when the edits are written in one pass, write().
// Each case also says whether its edits are written in one pass, so that it
// cannot silently stop testing the path it is meant for.
//
// Prints a line naming the case for each mismatch, and exits with status 1
// if there was any.
//
//===----------------------------------------------------------------------===//

#include "EditList.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Tooling/Core/Replacement.h"
#include "llvm/ADT/Optional.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

using namespace clang;
using tooling::Replacement;
using tooling::Replacements;
using torcc::EditList;

namespace {

/// Where an edit goes.
enum class In {
  Main,     ///< the main file, with Length bytes from Offset
  MainTok,  ///< the main file, a token range: Offset to the token at
            ///< Offset + Length, which Replacement measures with the lexer
  Buffer,   ///< a second file that has a buffer but no FileEntry
};

struct Step {
  unsigned Offset;
  unsigned Length;
  std::string Text;
  /// Whether tooling::Replacements::add refuses the edit, as the case
  /// means it to.
  bool Refused = false;
  In Where = In::Main;
};

struct Case {
  const char *Name;
  /// The text of the file, main or buffer-only, that the edits change.
  std::string Content;
  std::vector<Step> Steps;
  /// Whether writesInOnePass holds after the steps; None when a case does
  /// not care (a refused edit may or may not leave the one-pass form).
  llvm::Optional<bool> OnePass;
  /// How much of Content the edits are applied to (all of it if None): a
  /// shorter text can put edits past its end.
  llvm::Optional<unsigned> CodeSize = llvm::None;
  /// Whether the edited file is a buffer without a FileEntry rather than a
  /// file of the file system.
  bool BufferFile = false;
};

int Failures = 0;

void fail(const Case &C, const llvm::Twine &What) {
  ++Failures;
  llvm::errs() << "FAIL: " << C.Name << ": " << What << "\n";
}

std::string describe(llvm::Error E) {
  if (!E)
    return "success";
  return "error \"" + llvm::toString(std::move(E)) + "\"";
}

std::string describe(llvm::Expected<std::string> Text) {
  if (!Text)
    return "error \"" + llvm::toString(Text.takeError()) + "\"";
  return "text \"" + *Text + "\"";
}

void run(const Case &C) {
  const std::string MainText = C.BufferFile ? "int unused;\n" : C.Content;
  SourceManagerForFile Input("input.c", MainText);
  SourceManager &SM = Input.get();
  const std::string BufferText = C.BufferFile ? C.Content : "int other;\n";
  FileID Buffer = SM.createFileID(
      llvm::MemoryBuffer::getMemBuffer(BufferText, "<buffer>"));
  FileID Edited = C.BufferFile ? Buffer : SM.getMainFileID();
  LangOptions LangOpts;

  EditList List;
  Replacements Reference;
  for (size_t I = 0; I != C.Steps.size(); ++I) {
    const Step &S = C.Steps[I];
    FileID File = S.Where == In::Buffer ? Buffer : Edited;
    SourceLocation Begin =
        SM.getLocForStartOfFile(File).getLocWithOffset(S.Offset);
    SourceLocation End = Begin.getLocWithOffset(S.Length);
    CharSourceRange Range = S.Where == In::MainTok
                                ? CharSourceRange::getTokenRange(Begin, End)
                                : CharSourceRange::getCharRange(Begin, End);
    std::string Which = "edit " + std::to_string(I + 1);

    std::string Before = describe(List.apply(C.Content));
    std::string Got = describe(List.add(SM, Range, S.Text, LangOpts));
    std::string Want =
        describe(Reference.add(Replacement(SM, Range, S.Text, LangOpts)));
    if (Got != Want)
      fail(C, Which + ": EditList::add gave " + Got +
                  ", tooling::Replacements::add " + Want);
    if ((Want != "success") != S.Refused)
      fail(C, Which + ": tooling::Replacements::add gave " + Want +
                  ", which is not what the case is written for");
    if (Got != "success") {
      std::string After = describe(List.apply(C.Content));
      if (After != Before)
        fail(C, Which + ": the refused edit changed the list: it applied as " +
                    Before + " before and as " + After + " after");
    }
  }

  llvm::StringRef Code = C.Content;
  if (C.CodeSize)
    Code = Code.take_front(*C.CodeSize);
  bool OnePass = List.writesInOnePass(Code);
  if (C.OnePass && OnePass != *C.OnePass)
    fail(C, llvm::Twine("writesInOnePass is ") + (OnePass ? "true" : "false") +
                ", expected " + (*C.OnePass ? "true" : "false"));
  bool PastTheEnd = false;
  for (const Step &S : C.Steps)
    PastTheEnd |= S.Offset + S.Length > Code.size();
  if (PastTheEnd) {
    // tooling::applyAllReplacements hands such edits to a Rewriter, which
    // does not check them (a release build of Clang crashes), so that only
    // writesInOnePass keeps them from write(). The edits are compared on
    // the whole file, where they are written in one pass.
    Code = C.Content;
    OnePass = List.writesInOnePass(Code);
    if (!OnePass)
      fail(C, "writesInOnePass is false on the whole file");
  }

  std::string Want = describe(tooling::applyAllReplacements(Code, Reference));
  std::string Got = describe(List.apply(Code));
  if (Got != Want)
    fail(C, "apply() gave " + Got + ", tooling::Replacements " + Want);
  if (OnePass) {
    std::string Written;
    llvm::raw_string_ostream OS(Written);
    List.write(Code, OS);
    OS.flush();
    Got = "text \"" + Written + "\"";
    if (Got != Want)
      fail(C, "write() gave " + Got + ", tooling::Replacements " + Want);
  }
}

// A short line, so that offsets are easy to read off:
//           0         1         2
//           012345678901234567890123
const char Line[] = "int a = 1; int bb = 22;\n";

Step refused(unsigned Offset, unsigned Length, std::string Text) {
  return {Offset, Length, std::move(Text), /*Refused=*/true};
}

const std::vector<Case> Cases = {
    // Edits that touch no other: written in one pass, whatever the order
    // they come in.
    {"apart",
     Line,
     {{15, 2, "c"},   // bb -> c
      {0, 0, "/*0*/"},
      {24, 0, "/*end*/"},
      {8, 1, "100"},  // 1 -> 100
      {4, 0, "*"},
      {10, 1, ""},    // a deletion
      {20, 3, "2"}},  // 22; -> 2
     true},
    // Edits that meet without overlapping are not merged by
    // tooling::Replacements, and not by EditList either: an insertion
    // where a replacement starts goes first, one where it ends after it.
    {"insertion where a replacement starts",
     Line,
     {{8, 1, "R"}, {8, 0, "I"}},
     true},
    {"insertion where a replacement starts, added first",
     Line,
     {{8, 0, "I"}, {8, 1, "R"}},
     true},
    {"insertion where a replacement ends",
     Line,
     {{8, 1, "R"}, {9, 0, "I"}},
     true},
    {"replacement ending where another starts",
     Line,
     {{11, 4, "long "}, {4, 4, "x ="}, {8, 3, "2;"}},
     true},
    {"edit ending at the end of the code",
     Line,
     {{20, 2, "0"}, {22, 0, "0"}},
     true,
     22u},

    // Edits that touch another: tooling::Replacements takes the list.
    {"two equal insertions at one offset",
     Line,
     {{4, 0, "x"}, {15, 2, "c"}, {4, 0, "x"}},
     false},
    {"two different insertions at one offset",
     Line,
     {{4, 0, "x"}, {15, 2, "c"}, refused(4, 0, "y"), {0, 0, "/*0*/"}},
     llvm::None},
    {"equal overlapping replacements",
     Line,
     {{0, 3, "unsigned"}, {11, 3, "long"}, {0, 3, "unsigned"}},
     false},
    {"overlapping deletions",
     Line,
     {{11, 6, ""}, {14, 6, ""}, {0, 0, "/*0*/"}},
     false},
    {"conflicting overlapping replacements",
     Line,
     {{0, 0, "/*0*/"}, {8, 3, "2;"}, refused(9, 3, "XYZ"), {20, 2, "3"}},
     llvm::None},
    {"replacement over an insertion",
     Line,
     {{9, 0, "0"}, refused(8, 2, "7;")},
     llvm::None},
    {"insertion inside a replacement",
     Line,
     {{15, 2, "c"}, {8, 2, "7;"}, refused(9, 0, "0")},
     llvm::None},
    {"edits after the list went to tooling::Replacements",
     Line,
     {{4, 0, "x"},
      {4, 0, "x"},
      {15, 2, "c"},
      refused(16, 2, "dd"),
      {24, 0, "\n"},
      refused(24, 0, "/*end*/"),
      {0, 3, "long"}},
     false},
    {"token range",
     Line,
     {{0, 0, "/*0*/"}, {15, 5, "c = 3", false, In::MainTok}},
     false},
    {"edit in another file",
     Line,
     {{0, 3, "long"}, {0, 3, "long", true, In::Buffer}},
     llvm::None},
    {"edits of a file with no file entry",
     Line,
     {{15, 2, "c"}, {4, 0, "x"}, {4, 0, "x"}},
     false,
     llvm::None,
     /*BufferFile=*/true},

    // Edits past the end of the code, which are not written in one pass.
    {"replacement past the end of the code",
     Line,
     {{4, 1, "b"}, {20, 4, "0;"}},
     false,
     22u},
    {"insertion past the end of the code",
     Line,
     {{4, 1, "b"}, {24, 0, "int z;"}},
     false,
     20u},
};

} // namespace

int main() {
  for (const Case &C : Cases)
    run(C);
  if (Failures) {
    llvm::errs() << Failures << " mismatch(es) between EditList and "
                 << "tooling::Replacements\n";
    return 1;
  }
  llvm::outs() << "EditList: " << Cases.size()
               << " cases, the same as tooling::Replacements\n";
  return 0;
}
