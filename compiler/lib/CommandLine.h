//===- CommandLine.h - torcc's command line -------------------------------===//

#ifndef TORCC_COMMANDLINE_H
#define TORCC_COMMANDLINE_H

#include <string>
#include <vector>

namespace torcc {

enum class Mode {
  Help,
  Version,
  Translate, ///< `torcc in.c -o out.c [-- flags]`, `torcc -E in.c`.
  Driver     ///< Translate, then compile and link with the MPI wrapper.
};

/// One input or link argument, in command-line order.
struct LinkItem {
  std::string Text;
  bool IsSource = false; ///< A .c file, replaced by its object when linking.
};

struct Options {
  Mode M = Mode::Driver;
  std::vector<std::string> Sources;
  std::vector<LinkItem> LinkItems;
  std::string Output; ///< Empty when -o was not given.
  bool CompileOnly = false;
  bool Verbose = false;
  /// `-p DIR`: the directory of a compile_commands.json whose entry for
  /// each source adds its parse flags; empty when not given.
  std::string CompilationDatabase;
  /// Flags that change how the source parses (-I, -D, -U, -std=, ...).
  std::vector<std::string> ParseFlags;
  /// Flags for the compile step of the C compiler.
  std::vector<std::string> CompileFlags;
  /// Flags for the link step, in order, after the inputs.
  std::vector<std::string> LinkFlags;
};

/// Parses argv (without argv[0]). On a usage error returns false and sets
/// \p Error to a one-line message.
bool parseCommandLine(const std::vector<std::string> &Args, Options &Out,
                      std::string &Error);

/// The flags of a C compiler command (without the compiler itself) that
/// change how a source parses, in order, with the paths of relative -I,
/// -isystem, -iquote, -idirafter and -include made absolute against
/// \p Directory, where the command runs.
std::vector<std::string> parseFlagsOf(const std::vector<std::string> &Command,
                                      const std::string &Directory);

/// The text of `torcc --help`.
const char *helpText();

} // namespace torcc

#endif
