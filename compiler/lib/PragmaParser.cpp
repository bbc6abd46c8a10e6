//===- PragmaParser.cpp - directive tokens to directive records -----------===//

#include "PragmaParser.h"

#include <algorithm>
#include <cctype>

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;

namespace torcc {

const char *directiveName(DirectiveKind K) {
  switch (K) {
  case DirectiveKind::Task:
    return "task";
  case DirectiveKind::Wait:
    return "wait";
  case DirectiveKind::Spmd:
    return "spmd";
  case DirectiveKind::ParallelFor:
    return "parallel for";
  case DirectiveKind::Broadcast:
    return "broadcast";
  }
  return "";
}

namespace {

/// A token's text as a message shows it: UTF-8 as it is, and any other byte,
/// or a control character, as `\xNN`, which a terminal cannot garble.
std::string shown(llvm::StringRef Text) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  for (size_t I = 0; I < Text.size();) {
    auto Byte = static_cast<unsigned char>(Text[I]);
    unsigned Length = Byte < 0x80 ? 1 : llvm::getNumBytesForUTF8(Byte);
    const auto *At = reinterpret_cast<const llvm::UTF8 *>(Text.data() + I);
    bool Printable =
        Byte < 0x80 ? std::isprint(Byte) != 0
                    : I + Length <= Text.size() &&
                          llvm::isLegalUTF8Sequence(At, At + Length);
    if (Printable) {
      OS << Text.substr(I, Length);
      I += Length;
    } else {
      OS << "\\x" << llvm::format_hex_no_prefix(Byte, 2, /*Upper=*/true);
      ++I;
    }
  }
  return OS.str();
}

struct ClauseSpelling {
  const char *Name;
  ClauseKind Kind;
};

const ClauseSpelling ClauseTable[] = {{"in", ClauseKind::In},
                                      {"out", ClauseKind::Out},
                                      {"inout", ClauseKind::Inout},
                                      {"shared", ClauseKind::Shared},
                                      {"if", ClauseKind::If},
                                      {"node", ClauseKind::Node},
                                      {"worker", ClauseKind::Worker},
                                      {"local", ClauseKind::Local},
                                      {"callback", ClauseKind::Callback},
                                      {"checkpoint", ClauseKind::Checkpoint},
                                      {"chunksize", ClauseKind::Chunksize}};

bool takesArgument(ClauseKind K) {
  return K != ClauseKind::Local && K != ClauseKind::Checkpoint;
}

bool isWord(const PragmaToken &T) {
  return !T.Spelling.empty() &&
         (isalpha(static_cast<unsigned char>(T.Spelling[0])) ||
          T.Spelling[0] == '_');
}

/// The closest of \p Candidates to \p Word, if it is a plausible typo.
const char *suggest(llvm::StringRef Word,
                    llvm::ArrayRef<const char *> Candidates) {
  const char *Best = nullptr;
  unsigned BestDistance = 3;
  for (const char *C : Candidates) {
    unsigned D = Word.edit_distance(C, /*AllowReplacements=*/true,
                                    /*MaxEditDistance=*/BestDistance);
    if (D < BestDistance && D <= std::max<size_t>(1, Word.size() / 2)) {
      Best = C;
      BestDistance = D;
    }
  }
  return Best;
}

/// A recursive-descent parser over the tokens of one directive.
class Parser {
public:
  Parser(const RawDirective &Raw, Diagnostics &Diags)
      : Toks(Raw.Tokens), Raw(Raw), Diags(Diags) {}

  std::optional<Directive> parse();

private:
  bool atEnd() const { return Pos >= Toks.size(); }
  const PragmaToken &peek() const { return Toks[Pos]; }
  SourceLocation here() const { return atEnd() ? endLoc() : Toks[Pos].Loc; }
  SourceLocation endLoc() const;

  bool expect(tok::TokenKind K, const char *What, const char *Context);
  bool parseClause(Directive &D);
  bool parseItems(Clause &C);
  bool parseItem(Clause &C);
  bool parseCallback(Clause &C);
  bool parseBroadcast(Directive &D);
  bool parseName(Directive &D);
  bool collect(std::string &Text, llvm::ArrayRef<tok::TokenKind> Stops,
               const char *ClauseName);
  void reportUnknownClause(const PragmaToken &T, DirectiveKind K);
  bool checkCombination(const Directive &D, const Clause &C);

  llvm::ArrayRef<PragmaToken> Toks;
  const RawDirective &Raw;
  Diagnostics &Diags;
  size_t Pos = 0;
};

SourceLocation Parser::endLoc() const {
  if (Toks.empty())
    return Raw.IntroLoc;
  const PragmaToken &Last = Toks.back();
  if (Last.Loc.isMacroID())
    return Last.Loc;
  return Last.Loc.getLocWithOffset(Last.Spelling.size());
}

bool Parser::expect(tok::TokenKind K, const char *What, const char *Context) {
  if (!atEnd() && peek().Kind == K) {
    ++Pos;
    return true;
  }
  Diags.report(here(), Diag::expected_token) << What << Context;
  return false;
}

/// Appends tokens to \p Text up to one of \p Stops at nesting depth zero,
/// keeping brackets balanced. A `:` that closes a `?` is not a stop.
bool Parser::collect(std::string &Text, llvm::ArrayRef<tok::TokenKind> Stops,
                     const char *ClauseName) {
  std::vector<tok::TokenKind> Open;
  unsigned PendingQuestions = 0;
  for (; !atEnd(); ++Pos) {
    const PragmaToken &T = peek();
    bool IsStop = llvm::is_contained(Stops, T.Kind);
    if (Open.empty() && IsStop &&
        !(T.Kind == tok::colon && PendingQuestions > 0))
      return true;
    switch (T.Kind) {
    case tok::l_paren:
    case tok::l_square:
    case tok::l_brace:
      Open.push_back(T.Kind);
      break;
    case tok::r_paren:
    case tok::r_square:
    case tok::r_brace: {
      tok::TokenKind Want = T.Kind == tok::r_paren    ? tok::l_paren
                            : T.Kind == tok::r_square ? tok::l_square
                                                      : tok::l_brace;
      if (Open.empty() || Open.back() != Want) {
        Diags.report(T.Loc, Diag::unbalanced)
            << shown(T.Spelling) << ClauseName;
        return false;
      }
      Open.pop_back();
      break;
    }
    case tok::question:
      if (Open.empty())
        ++PendingQuestions;
      break;
    case tok::colon:
      if (Open.empty() && PendingQuestions > 0)
        --PendingQuestions;
      break;
    default:
      break;
    }
    if (!Text.empty() && T.LeadingSpace)
      Text += ' ';
    Text += T.Spelling;
  }
  if (!Open.empty()) {
    Diags.report(endLoc(), Diag::unbalanced)
        << (Open.back() == tok::l_paren ? "(" : "[") << ClauseName;
    return false;
  }
  return true;
}

bool Parser::parseItem(Clause &C) {
  const char *Name = clauseName(C.Kind);
  if (atEnd() || peek().Kind != tok::identifier) {
    Diags.report(here(), Diag::expected_token)
        << "a parameter name" << (std::string("in '") + Name + "'");
    return false;
  }
  Item I;
  I.Name = peek().Spelling;
  I.Loc = peek().Loc;
  ++Pos;
  if (!atEnd() && peek().Kind == tok::l_square) {
    ++Pos;
    I.HasSection = true;
    size_t First = Pos;
    if (!collect(I.Lo, {tok::colon, tok::r_square}, Name))
      return false;
    I.LoTokens.assign(Toks.begin() + First, Toks.begin() + Pos);
    if (!expect(tok::colon, "':'", "in an array section"))
      return false;
    First = Pos;
    if (!collect(I.Len, {tok::r_square, tok::colon}, Name))
      return false;
    I.LenTokens.assign(Toks.begin() + First, Toks.begin() + Pos);
    if (I.Len.empty()) {
      Diags.report(here(), Diag::expected_token) << "a length"
                                                 << "in an array section";
      return false;
    }
    if (!expect(tok::r_square, "']'", "after an array section"))
      return false;
    if (I.Lo.empty())
      I.Lo = "0";
  }
  C.Items.push_back(std::move(I));
  return true;
}

bool Parser::parseItems(Clause &C) {
  do {
    if (!parseItem(C))
      return false;
  } while (!atEnd() && peek().Kind == tok::comma && ++Pos);
  return expect(tok::r_paren, "')'", "after the items");
}

/// `callback(g(a, b))`: the callee's name and the argument texts.
bool Parser::parseCallback(Clause &C) {
  if (atEnd() || peek().Kind != tok::identifier) {
    Diags.report(here(), Diag::callback_syntax);
    return false;
  }
  C.Expr = peek().Spelling;
  ++Pos;
  if (!expect(tok::l_paren, "'('", "after the callback's name"))
    return false;
  while (!atEnd() && peek().Kind != tok::r_paren) {
    std::string Arg;
    if (!collect(Arg, {tok::comma, tok::r_paren}, "callback"))
      return false;
    if (Arg.empty()) {
      Diags.report(here(), Diag::expected_token) << "an argument"
                                                 << "in the callback's call";
      return false;
    }
    C.Args.push_back(std::move(Arg));
    if (!atEnd() && peek().Kind == tok::comma)
      ++Pos;
  }
  if (!expect(tok::r_paren, "')'", "after the callback's arguments"))
    return false;
  return expect(tok::r_paren, "')'", "after the callback");
}

void Parser::reportUnknownClause(const PragmaToken &T, DirectiveKind K) {
  std::vector<const char *> Names;
  for (const ClauseSpelling &S : ClauseTable)
    Names.push_back(S.Name);
  const char *Guess = suggest(T.Spelling, Names);
  if (!Guess) {
    Diags.report(T.Loc, Diag::unknown_clause)
        << shown(T.Spelling) << directiveName(K);
    return;
  }
  auto B = Diags.report(T.Loc, Diag::unknown_clause_suggest)
           << shown(T.Spelling) << directiveName(K) << Guess;
  if (T.Loc.isFileID())
    B << FixItHint::CreateReplacement(
        CharSourceRange::getCharRange(
            T.Loc, T.Loc.getLocWithOffset(T.Spelling.size())),
        Guess);
}

bool Parser::checkCombination(const Directive &D, const Clause &C) {
  if ((D.Kind == DirectiveKind::Spmd && C.Kind != ClauseKind::In) ||
      (D.Kind != DirectiveKind::ParallelFor &&
       C.Kind == ClauseKind::Chunksize)) {
    Diags.report(C.Loc, Diag::clause_not_allowed)
        << clauseName(C.Kind) << directiveName(D.Kind);
    return false;
  }
  for (const Clause &Old : D.Clauses) {
    if (Old.Kind == C.Kind && !isDataClause(C.Kind)) {
      Diags.report(C.Loc, Diag::clause_repeated) << clauseName(C.Kind);
      return false;
    }
    bool NodeWorker =
        (Old.Kind == ClauseKind::Node && C.Kind == ClauseKind::Worker) ||
        (Old.Kind == ClauseKind::Worker && C.Kind == ClauseKind::Node);
    bool LocalPlaced =
        (Old.Kind == ClauseKind::Local &&
         (C.Kind == ClauseKind::Node || C.Kind == ClauseKind::Worker)) ||
        (C.Kind == ClauseKind::Local &&
         (Old.Kind == ClauseKind::Node || Old.Kind == ClauseKind::Worker));
    if (NodeWorker || LocalPlaced) {
      Diags.report(C.Loc, Diag::clause_conflict)
          << clauseName(Old.Kind) << clauseName(C.Kind);
      return false;
    }
  }
  return true;
}

bool Parser::parseClause(Directive &D) {
  const PragmaToken &T = peek();
  if (!isWord(T)) {
    Diags.report(T.Loc, Diag::expected_clause) << shown(T.Spelling);
    return false;
  }
  const ClauseSpelling *Found = nullptr;
  for (const ClauseSpelling &S : ClauseTable)
    if (T.Spelling == S.Name)
      Found = &S;
  if (!Found) {
    reportUnknownClause(T, D.Kind);
    return false;
  }
  Clause C{Found->Kind, T.Loc, {}, {}};
  ++Pos;
  if (!checkCombination(D, C))
    return false;
  if (takesArgument(C.Kind)) {
    std::string Context = std::string("after '") + Found->Name + "'";
    if (!expect(tok::l_paren, "'('", Context.c_str()))
      return false;
    if (isDataClause(C.Kind)) {
      if (!parseItems(C))
        return false;
    } else if (C.Kind == ClauseKind::Callback) {
      if (!parseCallback(C))
        return false;
    } else {
      size_t First = Pos;
      if (!collect(C.Expr, {tok::r_paren}, Found->Name))
        return false;
      C.ExprTokens.assign(Toks.begin() + First, Toks.begin() + Pos);
      if (C.Expr.empty()) {
        Diags.report(C.Loc, Diag::empty_clause_argument) << Found->Name;
        return false;
      }
      if (!expect(tok::r_paren, "')'", Context.c_str()))
        return false;
    }
  }
  D.Clauses.push_back(std::move(C));
  return true;
}

/// The directive's name (`parallel for` is two words); consumes it.
bool Parser::parseName(Directive &D) {
  const PragmaToken &Name = peek();
  static const struct {
    const char *Spelling;
    DirectiveKind Kind;
  } Names[] = {{"task", DirectiveKind::Task},
               {"wait", DirectiveKind::Wait},
               {"spmd", DirectiveKind::Spmd},
               {"parallel", DirectiveKind::ParallelFor},
               {"broadcast", DirectiveKind::Broadcast}};
  for (const auto &N : Names) {
    if (Name.Spelling != N.Spelling)
      continue;
    D.Kind = N.Kind;
    ++Pos;
    if (N.Kind != DirectiveKind::ParallelFor)
      return true;
    if (!atEnd() && peek().Spelling == "for") {
      ++Pos;
      return true;
    }
    Diags.report(here(), Diag::parallel_without_for);
    return false;
  }
  if (const char *Guess = suggest(
          Name.Spelling, {"task", "wait", "spmd", "parallel", "broadcast"})) {
    auto B = Diags.report(Name.Loc, Diag::unknown_directive_suggest)
             << shown(Name.Spelling) << Guess;
    if (Name.Loc.isFileID())
      B << FixItHint::CreateReplacement(
          CharSourceRange::getCharRange(
              Name.Loc, Name.Loc.getLocWithOffset(Name.Spelling.size())),
          Guess);
    return false;
  }
  // A byte the lexer does not take into an identifier splits the word the
  // user wrote; the message shows all of it.
  std::string Written = Name.Spelling;
  for (size_t I = Pos + 1; I < Raw.Tokens.size(); ++I) {
    const PragmaToken &Next = Raw.Tokens[I];
    if (Next.LeadingSpace ||
        !(Next.Kind == tok::unknown || Next.Kind == tok::identifier ||
          Next.Kind == tok::numeric_constant))
      break;
    Written += Next.Spelling;
  }
  Diags.report(Name.Loc, Diag::unknown_directive) << shown(Written);
  return false;
}

/// `broadcast(g, A[lo:len], B[:n])`: items as in data clauses, nothing else.
bool Parser::parseBroadcast(Directive &D) {
  if (!expect(tok::l_paren, "'('", "after 'broadcast'"))
    return false;
  if (!atEnd() && peek().Kind == tok::r_paren) {
    Diags.report(peek().Loc, Diag::broadcast_empty);
    return false;
  }
  Clause Items{ClauseKind::In, here(), {}, {}, {}, {}};
  if (!parseItems(Items))
    return false;
  if (!atEnd()) {
    Diags.report(peek().Loc, Diag::broadcast_trailing);
    return false;
  }
  D.Items = std::move(Items.Items);
  return true;
}

std::optional<Directive> Parser::parse() {
  if (Raw.UnrewritableMacro) {
    // Its expansion holds more than the directive, so the statement the
    // directive binds to is inside the macro and cannot be rewritten.
    Diags.report(Raw.IntroLoc, Diag::macro_directive);
    return std::nullopt;
  }
  if (atEnd() || !isWord(peek())) {
    Diags.report(here(), Diag::expected_directive);
    return std::nullopt;
  }
  Directive D;
  if (!parseName(D))
    return std::nullopt;
  D.Loc = Raw.IntroLoc;
  D.Range = Raw.Range;
  D.EndLoc = endLoc();

  if (D.Kind == DirectiveKind::Wait && !atEnd()) {
    auto B = Diags.report(peek().Loc, Diag::wait_takes_no_clause);
    if (peek().Loc.isFileID() && D.EndLoc.isFileID())
      B << FixItHint::CreateRemoval(
          CharSourceRange::getCharRange(peek().Loc, D.EndLoc));
    return std::nullopt;
  }
  if (D.Kind == DirectiveKind::Broadcast) {
    if (!parseBroadcast(D))
      return std::nullopt;
    return D;
  }
  while (!atEnd()) {
    if (peek().Kind == tok::comma && !D.Clauses.empty()) {
      ++Pos;
      continue;
    }
    if (!parseClause(D))
      return std::nullopt;
  }
  return D;
}

} // namespace

bool isDataClause(ClauseKind K) {
  return K == ClauseKind::In || K == ClauseKind::Out ||
         K == ClauseKind::Inout || K == ClauseKind::Shared;
}

const char *clauseName(ClauseKind K) {
  for (const ClauseSpelling &S : ClauseTable)
    if (S.Kind == K)
      return S.Name;
  return "";
}

std::optional<Directive> parseDirective(const RawDirective &Raw,
                                        Diagnostics &Diags) {
  return Parser(Raw, Diags).parse();
}

} // namespace torcc
