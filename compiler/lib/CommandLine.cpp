//===- CommandLine.cpp - torcc's command line -----------------------------===//
//
// torcc accepts a C compiler's command line so that `make CC=torcc` works,
// and the translate-only form of spec §5. Flags are sorted into what the
// Clang parse needs, what the compile step needs and what the link step
// needs; anything unrecognised goes to both steps, as cc would take it.
//
//===----------------------------------------------------------------------===//

#include "CommandLine.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Path.h"

namespace torcc {

namespace {

/// Flags that take their value as the next argument.
bool takesSeparateValue(llvm::StringRef A) {
  return A == "-I" || A == "-D" || A == "-U" || A == "-include" ||
         A == "-isystem" || A == "-iquote" || A == "-idirafter" || A == "-MF" ||
         A == "-MT" || A == "-MQ" || A == "-L" || A == "-l" ||
         A == "-Xlinker" || A == "-x" || A == "-o";
}

bool isParseFlag(llvm::StringRef A) {
  return A.startswith("-I") || A.startswith("-D") || A.startswith("-U") ||
         A.startswith("-std=") || A == "-include" || A == "-isystem" ||
         A == "-iquote" || A == "-idirafter" || A == "-ansi";
}

bool isLinkOnly(llvm::StringRef A) {
  return A.startswith("-l") || A.startswith("-L") || A.startswith("-Wl,") ||
         A == "-Xlinker" || A == "-shared" || A == "-static" ||
         A == "-rdynamic";
}

bool isCompileOnly(llvm::StringRef A) {
  return isParseFlag(A) || A.startswith("-M") || A == "-x";
}

bool isSource(llvm::StringRef A) { return A.endswith(".c"); }

class Parser {
public:
  Parser(const std::vector<std::string> &Args, Options &Out)
      : Args(Args), Out(Out) {}

  bool run(std::string &Error);

private:
  void addFlag(const std::string &Flag, const std::string *Value);
  void chooseMode(bool SawE);
  bool validate(std::string &Error) const;

  const std::vector<std::string> &Args;
  Options &Out;
};

void Parser::addFlag(const std::string &Flag, const std::string *Value) {
  auto Add = [&](std::vector<std::string> &To) {
    To.push_back(Flag);
    if (Value)
      To.push_back(*Value);
  };
  if (isParseFlag(Flag))
    Add(Out.ParseFlags);
  if (isLinkOnly(Flag)) {
    Add(Out.LinkFlags);
    return;
  }
  Add(Out.CompileFlags);
  if (!isCompileOnly(Flag))
    Add(Out.LinkFlags);
}

void Parser::chooseMode(bool SawE) {
  llvm::StringRef O = Out.Output;
  bool OnlyOneSource = Out.Sources.size() == 1 && Out.LinkItems.size() == 1;
  // Translation only by what is asked for, never by `--` alone: C source
  // must not land in a file named like a program or an object.
  if (SawE)
    Out.M = Mode::Translate;
  else if (!Out.CompileOnly && OnlyOneSource && (O == "-" || O.endswith(".c")))
    Out.M = Mode::Translate;
  else
    Out.M = Mode::Driver;
  if (SawE)
    Out.Output = "-";
}

bool Parser::run(std::string &Error) {
  bool SawDashDash = false, SawE = false;
  for (size_t I = 0; I < Args.size(); ++I) {
    const std::string &A = Args[I];
    if (SawDashDash) {
      // Everything after `--` is for the compiler, as with Clang tools.
      Out.ParseFlags.push_back(A);
      Out.CompileFlags.push_back(A);
      continue;
    }
    if (A == "--help" || A == "-help") {
      Out.M = Mode::Help;
      return true;
    }
    if (A == "--version") {
      Out.M = Mode::Version;
      return true;
    }
    if (A == "--") {
      SawDashDash = true;
    } else if (A == "-c") {
      Out.CompileOnly = true;
    } else if (A == "-E") {
      SawE = true;
    } else if (A == "-v") {
      Out.Verbose = true;
    } else if (A == "-p") {
      if (I + 1 == Args.size()) {
        Error = "missing argument to '-p'";
        return false;
      }
      Out.CompilationDatabase = Args[++I];
    } else if (A == "-o" || A == "-x") {
      if (I + 1 == Args.size()) {
        Error = "missing argument to '" + A + "'";
        return false;
      }
      if (A == "-o")
        Out.Output = Args[++I];
      else
        ++I; // torcc only takes C; the language is implied.
    } else if (takesSeparateValue(A)) {
      if (I + 1 == Args.size()) {
        Error = "missing argument to '" + A + "'";
        return false;
      }
      addFlag(A, &Args[++I]);
    } else if (A.size() > 1 && A[0] == '-') {
      addFlag(A, nullptr);
    } else {
      if (isSource(A))
        Out.Sources.push_back(A);
      Out.LinkItems.push_back({A, isSource(A)});
    }
  }
  chooseMode(SawE);
  return validate(Error);
}

bool Parser::validate(std::string &Error) const {
  if (Out.LinkItems.empty()) {
    Error = "no input files";
    return false;
  }
  if (Out.M == Mode::Translate) {
    if (Out.Sources.size() != 1 || Out.LinkItems.size() != 1) {
      Error = "translation takes exactly one .c file";
      return false;
    }
  }
  if (Out.M == Mode::Driver && Out.CompileOnly && Out.Sources.size() > 1 &&
      !Out.Output.empty()) {
    Error = "cannot specify -o with -c and several source files";
    return false;
  }
  return true;
}

} // namespace

bool parseCommandLine(const std::vector<std::string> &Args, Options &Out,
                      std::string &Error) {
  return Parser(Args, Out).run(Error);
}

std::vector<std::string> parseFlagsOf(const std::vector<std::string> &Command,
                                      const std::string &Directory) {
  std::vector<std::string> Flags;
  auto Absolute = [&](llvm::StringRef Path) {
    if (Path.empty() || llvm::sys::path::is_absolute(Path))
      return Path.str();
    llvm::SmallString<256> Full(Directory);
    llvm::sys::path::append(Full, Path);
    return std::string(Full);
  };
  for (size_t I = 0; I < Command.size(); ++I) {
    llvm::StringRef A = Command[I];
    if (!isParseFlag(A)) {
      if (takesSeparateValue(A))
        ++I;
      continue;
    }
    bool NamesPath = A.startswith("-I") || A == "-isystem" ||
                     A == "-iquote" || A == "-idirafter" || A == "-include";
    if (takesSeparateValue(A)) {
      if (I + 1 == Command.size())
        break;
      Flags.push_back(A.str());
      Flags.push_back(NamesPath ? Absolute(Command[++I]) : Command[++I]);
    } else if (A.startswith("-I")) {
      Flags.push_back("-I" + Absolute(A.drop_front(2)));
    } else {
      Flags.push_back(A.str());
    }
  }
  return Flags;
}

const char *helpText() {
  return "usage: torcc in.c -o out.c [-- <compiler flags>]  translate a file\n"
         "       torcc -E in.c [-- <compiler flags>]       translate to "
         "stdout\n"
         "       torcc [cflags] -c x.c [-o x.o]             translate and "
         "compile\n"
         "       torcc [cflags] x.c y.o ... [-o prog]       translate, compile "
         "and link\n"
         "\n"
         "torcc turns C annotated with '#pragma torc' into C that calls the "
         "torc\n"
         "runtime, and in driver mode compiles and links it with the MPI "
         "compiler\n"
         "wrapper ($TORC_CC, or mpicc) and libtorc. It accepts a C "
         "compiler's\n"
         "flags, so 'make CC=torcc' works.\n"
         "\n"
         "options:\n"
         "  -o <file>   output file ('-' is stdout when translating)\n"
         "  -c          compile only; do not link\n"
         "  -E          translate only, to stdout\n"
         "  -v          print the commands torcc runs\n"
         "  -p <dir>    translate (and compile) each source also with the\n"
         "              -I, -D, -U, -std= and -include flags of its entry\n"
         "              in <dir>/compile_commands.json\n"
         "  --          the rest are compiler flags, for the translation and\n"
         "              the compile\n"
         "  --help      print this text\n"
         "  --version   print torcc's version\n";
}

} // namespace torcc
