//===- Translate.cpp - one C source in, its translation out ---------------===//

#include "Translate.h"

#include "RepeatFilter.h"
#include "TorccConfig.h"
#include "TranslateAction.h"

#include "clang/Basic/FileManager.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"

namespace torcc {

std::vector<std::string> parseArguments(const std::string &File,
                                        const ParseSetup &Setup) {
  std::vector<std::string> Args = {"torcc", "-fsyntax-only", "-xc",
                                   "-resource-dir=" + Setup.Where.ResourceDir,
                                   // Before the user's flags, so that
                                   // theirs win.
                                   "-D" TORCC_MACRO "=1"};
  Args.insert(Args.end(), Setup.Flags.begin(), Setup.Flags.end());
  Args.push_back("-I" + Setup.Where.IncludeDir);
  for (const char *Dir : TORCC_MPI_INCLUDE_DIRS)
    if (*Dir)
      Args.push_back(std::string("-isystem") + Dir);
  // Ordinary warnings belong to the real compile; errors still stop us.
  Args.push_back("-w");
  Args.push_back(File);
  return Args;
}

llvm::IntrusiveRefCntPtr<clang::FileManager> withFile(const std::string &File,
                                                      llvm::StringRef Code) {
  auto Memory = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
  auto Disk = llvm::vfs::createPhysicalFileSystem();
  if (llvm::ErrorOr<std::string> Dir = Disk->getCurrentWorkingDirectory())
    Memory->setCurrentWorkingDirectory(*Dir);
  Memory->addFile(File, 0, llvm::MemoryBuffer::getMemBufferCopy(Code, File));
  auto Both =
      llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(std::move(Disk));
  Both->pushOverlay(std::move(Memory));
  return llvm::makeIntrusiveRefCnt<clang::FileManager>(
      clang::FileSystemOptions(), std::move(Both));
}

llvm::Expected<Translation> Translation::make(llvm::StringRef Source,
                                              EditList Edits) {
  Translation Out(Source, std::move(Edits));
  if (!Out.Edits.writesInOnePass(Source)) {
    llvm::Expected<std::string> Text = Out.Edits.apply(Source);
    if (!Text)
      return Text.takeError();
    Out.Text = std::move(*Text);
  }
  return std::move(Out);
}

void Translation::write(llvm::raw_ostream &OS) const {
  if (Text)
    OS << *Text;
  else
    Edits.write(Source, OS);
}

std::string Translation::str() const {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  write(OS);
  return Out;
}

std::optional<Translation> translateSource(const std::string &File,
                                           llvm::StringRef Code,
                                           const ParseSetup &Setup,
                                           clang::DiagnosticConsumer *Diags) {
  TranslateResult Result;
  llvm::IntrusiveRefCntPtr<clang::FileManager> Files = withFile(File, Code);
  std::vector<std::string> Args = parseArguments(File, Setup);
  // Printed as Clang prints them, with the user's flags (colour, carets),
  // but each only once.
  std::vector<const char *> Argv;
  for (const std::string &A : Args)
    Argv.push_back(A.c_str());
  llvm::IntrusiveRefCntPtr<clang::DiagnosticOptions> DiagOpts(
      clang::CreateAndPopulateDiagOpts(Argv).release());
  RepeatFilter Printer(std::make_unique<clang::TextDiagnosticPrinter>(
      llvm::errs(), DiagOpts.get()));
  clang::tooling::ToolInvocation Invocation(
      std::move(Args), makeTranslateAction(File, Result), Files.get());
  Invocation.setDiagnosticConsumer(Diags ? Diags : &Printer);
  if (!Invocation.run() || !Result.Ok)
    return std::nullopt;
  llvm::Expected<Translation> Out =
      Translation::make(Code, std::move(Result.Edits));
  if (!Out) {
    llvm::errs() << "torcc: error: cannot apply edits to '" << File
                 << "': " << llvm::toString(Out.takeError()) << "\n";
    return std::nullopt;
  }
  return std::move(*Out);
}

} // namespace torcc
