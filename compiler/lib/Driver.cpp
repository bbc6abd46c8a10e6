//===- Driver.cpp - runs the translation and the C compiler ---------------===//

#include "Driver.h"

#include "PrivateDirectory.h"
#include "TorccConfig.h"
#include "Translate.h"
#include "torc_abi.h"

#include "clang/Tooling/JSONCompilationDatabase.h"
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

/// The flags of one source: those it parses with, for the translation,
/// and those its translation is compiled with.
struct FlagsOfSource {
  std::vector<std::string> Parse;
  std::vector<std::string> Compile;
};

/// The flags of each source: the parse flags of its entry in the
/// compilation database of `-p`, if given, then the command line's. The
/// compile step gets the entry's parse flags too, so that the translation
/// compiles with the macros and include directories it was made with. The
/// database is read once, however many sources there are.
class SourceFlags {
public:
  explicit SourceFlags(const Options &O) : O(O) {}

  /// Reads the database, if `-p` names one; false after reporting why it
  /// cannot be read.
  bool load();

  /// The flags of \p File; empty after reporting that the database has no
  /// entry for it.
  std::optional<FlagsOfSource> of(const std::string &File) const;

private:
  const Options &O;
  std::unique_ptr<clang::tooling::CompilationDatabase> Database;
};

bool SourceFlags::load() {
  if (O.CompilationDatabase.empty())
    return true;
  // The file itself, not CompilationDatabase::loadFromDirectory, which
  // would guess flags for a file that has no entry.
  llvm::SmallString<256> Json(O.CompilationDatabase);
  llvm::sys::path::append(Json, "compile_commands.json");
  std::string Error;
  Database = clang::tooling::JSONCompilationDatabase::loadFromFile(
      Json, Error, clang::tooling::JSONCommandLineSyntax::AutoDetect);
  if (!Database)
    fail("cannot read a compilation database in '" + O.CompilationDatabase +
         "': " + Error);
  return Database != nullptr;
}

std::optional<FlagsOfSource> SourceFlags::of(const std::string &File) const {
  if (!Database)
    return FlagsOfSource{O.ParseFlags, O.CompileFlags};
  llvm::SmallString<256> Path(File);
  llvm::sys::fs::make_absolute(Path);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  std::vector<clang::tooling::CompileCommand> Commands =
      Database->getCompileCommands(Path);
  if (Commands.empty()) {
    fail("'" + File + "' has no entry in '" + O.CompilationDatabase +
         "/compile_commands.json'");
    return std::nullopt;
  }
  // The entry's command, without the compiler that starts it.
  const clang::tooling::CompileCommand &C = Commands.front();
  std::vector<std::string> Command;
  if (!C.CommandLine.empty())
    Command.assign(C.CommandLine.begin() + 1, C.CommandLine.end());
  std::vector<std::string> Entry = parseFlagsOf(Command, C.Directory);
  FlagsOfSource Flags{Entry, Entry};
  Flags.Parse.insert(Flags.Parse.end(), O.ParseFlags.begin(),
                     O.ParseFlags.end());
  Flags.Compile.insert(Flags.Compile.end(), O.CompileFlags.begin(),
                       O.CompileFlags.end());
  return Flags;
}

/// Translates \p File, parsed with \p Flags; the result is empty after any
/// reported error.
std::optional<TranslatedFile> translate(const std::string &File,
                                        const std::vector<std::string> &Flags,
                                        const Layout &L) {
  auto Buffer = llvm::MemoryBuffer::getFile(File);
  if (!Buffer) {
    fail("cannot read '" + File + "': " + Buffer.getError().message());
    return std::nullopt;
  }
  std::optional<Translation> Output =
      translateSource(File, (*Buffer)->getBuffer(), {Flags, L});
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

/// Translates and compiles one source into \p Object. The translation sits
/// alone in \p Dir, a directory of \p Private's.
bool compileSource(const Options &O, const Layout &L, const SourceFlags &Flags,
                   const std::string &Src, const std::string &Object,
                   const std::string &Dir, PrivateDirectory &Private) {
  std::optional<FlagsOfSource> Own = Flags.of(Src);
  if (!Own)
    return false;
  std::optional<TranslatedFile> Text = translate(Src, Own->Parse, L);
  if (!Text)
    return false;
  std::string Translated =
      Private.file(Dir, llvm::sys::path::filename(Src));
  if (!writeTranslation(Translated, *Text))
    return false;
  // Quoted includes resolve as for the original file: its directory comes
  // right after the translation's own, which holds nothing else, and before
  // any -iquote of the user's.
  llvm::SmallString<256> SrcDir(Src);
  llvm::sys::path::remove_filename(SrcDir);
  std::vector<std::string> Args = {"-iquote",
                                   SrcDir.empty() ? "." : std::string(SrcDir)};
  Args.insert(Args.end(), Own->Compile.begin(), Own->Compile.end());
  Args.push_back("-I" + L.IncludeDir);
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

/// The files this command writes, for the checks before and the clean-up
/// after a failure.
std::vector<std::string> outputsOf(const Options &O) {
  if (O.M == Mode::Translate)
    return O.Output == "-" ? std::vector<std::string>{}
                           : std::vector<std::string>{O.Output};
  if (!O.CompileOnly)
    return {O.Output.empty() ? "a.out" : O.Output};
  std::vector<std::string> Objects;
  for (const std::string &Src : O.Sources)
    Objects.push_back(objectName(O, Src));
  return Objects;
}

bool sameFile(const std::string &A, const std::string &B) {
  bool Same = false;
  return !llvm::sys::fs::equivalent(A, B, Same) && Same;
}

/// Refuses, with torcc's own message, inputs it cannot take as files, and
/// an output that would replace an input, as cc does.
bool checkFiles(const Options &O) {
  std::vector<std::string> Outputs = outputsOf(O);
  for (const LinkItem &Item : O.LinkItems) {
    llvm::StringRef Name = Item.Text;
    if (Name == "-" || Name.startswith("/dev/") || Name.startswith("/proc/")) {
      fail("inputs are read from files, not from '" + Name +
           "'; name the source file itself");
      return false;
    }
    llvm::sys::fs::file_status Status;
    if (std::error_code EC = llvm::sys::fs::status(Name, Status)) {
      fail("cannot read '" + Name + "': " + EC.message());
      return false;
    }
    if (Status.type() == llvm::sys::fs::file_type::directory_file) {
      fail("'" + Name + "' is a directory, not a file");
      return false;
    }
    for (const std::string &Out : Outputs)
      if (sameFile(Item.Text, Out)) {
        fail("input file '" + Name + "' is the same as the output file");
        return false;
      }
  }
  return true;
}

int drive(const Options &O, const Layout &L, const SourceFlags &Flags) {
  PrivateDirectory Private;
  std::string Error;
  if (!Private.create(Error))
    return fail(Error);
  std::vector<std::string> Link;
  unsigned Index = 0;
  for (const LinkItem &Item : O.LinkItems) {
    if (!Item.IsSource) {
      Link.push_back(Item.Text);
      continue;
    }
    std::string Dir = Private.sourceDirectory(++Index);
    if (Dir.empty())
      return fail("cannot create a temporary directory for '" + Item.Text +
                  "'");
    std::string Stem(llvm::sys::path::stem(Item.Text));
    // With -MD the compiler writes a dependency file next to the object.
    Private.file(Dir, Stem + ".d");
    std::string Object = O.CompileOnly ? objectName(O, Item.Text)
                                       : Private.file(Dir, Stem + ".o");
    if (!compileSource(O, L, Flags, Item.Text, Object, Dir, Private))
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

/// Carries out a translation or a build whose files passed the checks. On
/// failure no output is left, a stale one from an earlier run included, so
/// that make never takes it for up to date.
int translateOrBuild(const Options &O, const Layout &L) {
  int Status = 1;
  SourceFlags Flags(O);
  if (Flags.load()) {
    if (O.M == Mode::Translate) {
      std::optional<FlagsOfSource> Own = Flags.of(O.Sources[0]);
      std::optional<TranslatedFile> Text =
          Own ? translate(O.Sources[0], Own->Parse, L) : std::nullopt;
      Status = Text && writeTranslation(O.Output, *Text) ? 0 : 1;
    } else {
      Status = drive(O, L, Flags);
    }
  }
  if (Status != 0)
    for (const std::string &Out : outputsOf(O))
      llvm::sys::fs::remove(Out);
  return Status;
}

} // namespace

int runDriver(const Options &O, const Layout &L) {
  switch (O.M) {
  case Mode::Help:
    llvm::outs() << helpText();
    return 0;
  case Mode::Version:
    llvm::outs() << "torcc " TORCC_VERSION " (Clang " TORCC_LLVM_VERSION
                    ", " TORCC_MPI_NAME ", torc ABI "
                 << TORC_ABI_VERSION << ")\n";
    return 0;
  case Mode::Translate:
  case Mode::Driver:
    break;
  }
  std::string Missing =
      missingFrom(L, O.M == Mode::Driver && !O.CompileOnly);
  if (!Missing.empty())
    return fail(Missing);
  return checkFiles(O) ? translateOrBuild(O, L) : 1;
}

} // namespace torcc
