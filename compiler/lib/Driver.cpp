//===- Driver.cpp - runs the translation and the C compiler ---------------===//

#include "Driver.h"

#include "TorccConfig.h"
#include "Translate.h"
#include "torc_abi.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>
#include <optional>

namespace torcc {

namespace {

int fail(const llvm::Twine &Message) {
  llvm::errs() << "torcc: error: " << Message << "\n";
  return 1;
}

/// A source file and its translation, which refers to its text.
struct TranslatedFile {
  std::unique_ptr<llvm::MemoryBuffer> Source;
  Translation Output;
};

/// Translates \p File; the result is empty after any reported error.
std::optional<TranslatedFile> translate(const std::string &File,
                                        const std::vector<std::string> &Flags,
                                        const Layout &L) {
  auto Buffer = llvm::MemoryBuffer::getFile(File);
  if (!Buffer) {
    fail("cannot read '" + File + "': " + Buffer.getError().message());
    return std::nullopt;
  }
  std::optional<Translation> Output =
      translateSource(File, (*Buffer)->getBuffer(), {Flags, L.IncludeDir});
  if (!Output)
    return std::nullopt;
  return TranslatedFile{std::move(*Buffer), std::move(*Output)};
}

/// Writes what \p Write writes through a temporary file and a rename, so
/// that a failure never leaves a half-written output behind.
bool writeOutput(const std::string &Path,
                 llvm::function_ref<void(llvm::raw_ostream &)> Write) {
  if (Path == "-") {
    Write(llvm::outs());
    llvm::outs().flush();
    return true;
  }
  int FD;
  llvm::SmallString<256> Temp;
  if (std::error_code EC =
          llvm::sys::fs::createUniqueFile(Path + ".tmp-%%%%%%", FD, Temp)) {
    fail("cannot write '" + Path + "': " + EC.message());
    return false;
  }
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    // A translation arrives in thousands of pieces; a buffer larger than
    // a disk block keeps that from becoming thousands of system calls.
    OS.SetBufferSize(1 << 16);
    Write(OS);
    OS.close();
    if (OS.has_error()) {
      OS.clear_error();
      llvm::sys::fs::remove(Temp);
      fail("cannot write '" + Path + "'");
      return false;
    }
  }
  if (std::error_code EC = llvm::sys::fs::rename(Temp, Path)) {
    llvm::sys::fs::remove(Temp);
    fail("cannot write '" + Path + "': " + EC.message());
    return false;
  }
  return true;
}

bool writeTranslation(const std::string &Path, const TranslatedFile &File) {
  return writeOutput(Path,
                     [&](llvm::raw_ostream &OS) { File.Output.write(OS); });
}

/// Runs the C compiler, `$TORC_CC` (which may carry flags) or mpicc.
bool runCompiler(const std::vector<std::string> &Args, bool Verbose) {
  const char *Env = std::getenv("TORC_CC");
  llvm::SmallVector<llvm::StringRef, 4> Words;
  llvm::StringRef(Env && *Env ? Env : "mpicc").split(Words, ' ', -1, false);
  llvm::ErrorOr<std::string> Program = llvm::sys::findProgramByName(Words[0]);
  if (!Program) {
    fail("cannot find the C compiler '" + Words[0] +
         "'; install MPI or set TORC_CC");
    return false;
  }
  std::vector<llvm::StringRef> Argv(Words.begin(), Words.end());
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  if (Verbose) {
    for (llvm::StringRef A : Argv)
      llvm::errs() << A << " ";
    llvm::errs() << "\n";
  }
  std::string Message;
  int Status =
      llvm::sys::ExecuteAndWait(*Program, Argv, llvm::None, {}, 0, 0, &Message);
  if (Status < 0)
    fail("cannot run '" + *Program + "': " + Message);
  return Status == 0;
}

std::string tempFile(llvm::StringRef Source, llvm::StringRef Suffix,
                     std::vector<std::string> &Temps) {
  llvm::SmallString<256> Path;
  if (llvm::sys::fs::createTemporaryFile(
          "torcc-" + llvm::sys::path::stem(Source), Suffix, Path))
    return "";
  Temps.push_back(std::string(Path));
  return std::string(Path);
}

/// With -MD or -MMD the compiler names the temporary translation as the
/// object's prerequisite; make must see the user's source instead.
void fixDependencyFile(const Options &O, const std::string &Object,
                       const std::string &Translated, const std::string &Src) {
  const std::vector<std::string> &F = O.CompileFlags;
  bool Wanted = false;
  std::string DepFile;
  for (size_t I = 0; I < F.size(); ++I) {
    Wanted |= F[I] == "-MD" || F[I] == "-MMD";
    if (F[I] == "-MF" && I + 1 < F.size())
      DepFile = F[I + 1];
  }
  if (!Wanted)
    return;
  if (DepFile.empty()) {
    llvm::SmallString<256> Path(Object);
    llvm::sys::path::replace_extension(Path, "d");
    DepFile = std::string(Path);
  }
  auto Buffer = llvm::MemoryBuffer::getFile(DepFile);
  if (!Buffer)
    return;
  std::string Text = (*Buffer)->getBuffer().str();
  for (size_t At = Text.find(Translated); At != std::string::npos;
       At = Text.find(Translated, At + Src.size()))
    Text.replace(At, Translated.size(), Src);
  writeOutput(DepFile, [&](llvm::raw_ostream &OS) { OS << Text; });
}

/// Translates and compiles one source into \p Object.
bool compileSource(const Options &O, const Layout &L, const std::string &Src,
                   const std::string &Object, std::vector<std::string> &Temps) {
  std::optional<TranslatedFile> Text = translate(Src, O.ParseFlags, L);
  if (!Text)
    return false;
  std::string Translated = tempFile(Src, "c", Temps);
  if (Translated.empty() || !writeTranslation(Translated, *Text))
    return false;
  // Quoted includes resolve next to the original file, not the temporary.
  llvm::SmallString<256> Dir(Src);
  llvm::sys::path::remove_filename(Dir);
  std::vector<std::string> Args = O.CompileFlags;
  Args.push_back("-I" + L.IncludeDir);
  Args.push_back("-I" TORCC_SOURCE_RUNTIME_INCLUDE);
  Args.push_back("-iquote");
  Args.push_back(Dir.empty() ? "." : std::string(Dir));
  for (const char *A : {"-c", "-x", "c"})
    Args.push_back(A);
  Args.push_back(Translated);
  Args.push_back("-o");
  Args.push_back(Object);
  if (!runCompiler(Args, O.Verbose))
    return false;
  fixDependencyFile(O, Object, Translated, Src);
  return true;
}

std::string objectName(const Options &O, const std::string &Src) {
  if (O.CompileOnly && !O.Output.empty())
    return O.Output;
  return std::string(llvm::sys::path::stem(Src)) + ".o";
}

int drive(const Options &O, const Layout &L, std::vector<std::string> &Temps) {
  std::vector<std::string> Link;
  for (const LinkItem &Item : O.LinkItems) {
    if (!Item.IsSource) {
      Link.push_back(Item.Text);
      continue;
    }
    std::string Object = O.CompileOnly ? objectName(O, Item.Text)
                                       : tempFile(Item.Text, "o", Temps);
    if (Object.empty() || !compileSource(O, L, Item.Text, Object, Temps))
      return 1;
    Link.push_back(Object);
  }
  if (O.CompileOnly)
    return 0;
  Link.insert(Link.end(), O.LinkFlags.begin(), O.LinkFlags.end());
  Link.push_back(L.Library);
  Link.push_back("-lpthread");
  Link.push_back("-o");
  Link.push_back(O.Output.empty() ? "a.out" : O.Output);
  return runCompiler(Link, O.Verbose) ? 0 : 1;
}

} // namespace

Layout layoutFor(const std::string &ExecutablePath) {
  llvm::SmallString<256> Prefix(ExecutablePath);
  llvm::sys::path::remove_filename(Prefix); // bin/
  llvm::sys::path::remove_filename(Prefix); // the prefix
  Layout L;
  llvm::SmallString<256> Path(Prefix);
  llvm::sys::path::append(Path, "include");
  L.IncludeDir = std::string(Path);
  Path = Prefix;
  llvm::sys::path::append(Path, "lib", "libtorc.a");
  L.Library = std::string(Path);
  return L;
}

int runDriver(const Options &O, const Layout &L) {
  switch (O.M) {
  case Mode::Help:
    llvm::outs() << helpText();
    return 0;
  case Mode::Version:
    llvm::outs() << "torcc " TORCC_VERSION " (Clang " TORCC_LLVM_VERSION
                    ", torc ABI "
                 << TORC_ABI_VERSION << ")\n";
    return 0;
  case Mode::Translate: {
    std::optional<TranslatedFile> Text =
        translate(O.Sources[0], O.ParseFlags, L);
    return Text && writeTranslation(O.Output, *Text) ? 0 : 1;
  }
  case Mode::Driver: {
    std::vector<std::string> Temps;
    int Status = drive(O, L, Temps);
    for (const std::string &T : Temps)
      llvm::sys::fs::remove(T);
    return Status;
  }
  }
  return 1;
}

} // namespace torcc
