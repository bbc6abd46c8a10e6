//===- BoundCheck.cpp - names and types of section bounds -----------------===//
//
// A bound is read as a C expression from the directive's tokens, which the
// preprocessor has already macro-expanded, and each name is resolved as the
// C compiler will resolve it in the spawn function: a parameter of the task
// function first, then a file-scope declaration that precedes the spawn
// function. The type is inferred only as far as that is certain. A bound
// that uses syntax the reader does not know (a statement expression, a
// compound literal, `_Generic`, a declarator with parentheses...) is not
// judged at all: the C compiler judges it, and its errors point at the
// clause through the `#line` markers that surround the re-emitted text.
//
//===----------------------------------------------------------------------===//

#include "BoundCheck.h"

#include "clang/AST/Type.h"
#include "clang/Basic/OperatorPrecedence.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace torcc {

namespace {

/// What the reader knows of an expression: its type, or a null type when
/// it cannot tell, and whether the value is that of a string literal.
struct Value {
  QualType Type;
  bool String = false;
};

bool isTypeKeyword(tok::TokenKind K) {
  switch (K) {
  case tok::kw_void:
  case tok::kw_char:
  case tok::kw_short:
  case tok::kw_int:
  case tok::kw_long:
  case tok::kw_float:
  case tok::kw_double:
  case tok::kw_signed:
  case tok::kw_unsigned:
  case tok::kw__Bool:
  case tok::kw__Complex:
  case tok::kw___int128:
  case tok::kw_struct:
  case tok::kw_union:
  case tok::kw_enum:
  case tok::kw_const:
  case tok::kw_volatile:
  case tok::kw_restrict:
  case tok::kw__Atomic:
  case tok::kw_typeof:
  case tok::kw___attribute:
    return true;
  default:
    return false;
  }
}

/// The base type a cast or `sizeof` names, from its specifier keywords.
struct Specifiers {
  enum Base { None, Void, Bool, Char, Short, Int, Int128, Float, Double };
  Base B = None;
  bool Unsigned = false;
  bool Signed = false;
  unsigned Longs = 0;

  QualType type(const ASTContext &Ctx) const {
    switch (B) {
    case Void:
      return Ctx.VoidTy;
    case Bool:
      return Ctx.BoolTy;
    case Char:
      return Unsigned ? Ctx.UnsignedCharTy
                      : Signed ? Ctx.SignedCharTy : Ctx.CharTy;
    case Short:
      return Unsigned ? Ctx.UnsignedShortTy : Ctx.ShortTy;
    case Int128:
      return Unsigned ? Ctx.UnsignedInt128Ty : Ctx.Int128Ty;
    case Float:
      return Ctx.FloatTy;
    case Double:
      return Longs ? Ctx.LongDoubleTy : Ctx.DoubleTy;
    case None:
      // `(int)` without `int` is only valid with another specifier.
      if (!Unsigned && !Signed && !Longs)
        return QualType();
      LLVM_FALLTHROUGH;
    case Int:
      if (Longs >= 2)
        return Unsigned ? Ctx.UnsignedLongLongTy : Ctx.LongLongTy;
      if (Longs == 1)
        return Unsigned ? Ctx.UnsignedLongTy : Ctx.LongTy;
      return Unsigned ? Ctx.UnsignedIntTy : Ctx.IntTy;
    }
    return QualType();
  }
};

/// The type of a numeric literal, or null for an imaginary one.
QualType numberType(StringRef S, const ASTContext &Ctx) {
  bool Hex = S.startswith_insensitive("0x");
  bool Floating = Hex ? S.find_insensitive('p') != StringRef::npos
                      : S.contains('.') || S.find_insensitive('e') != StringRef::npos;
  // Hexadecimal digits include 'f', so an integer's suffix is read from
  // the letters that cannot be digits.
  StringRef Suffix = S.substr(
      S.find_last_not_of(Hex && !Floating ? "uUlLiIjJ" : "uUlLfFiIjJ") + 1);
  if (Suffix.find_first_of("iIjJ") != StringRef::npos)
    return QualType();
  if (!Floating)
    return Ctx.IntTy;
  if (Suffix.find_first_of("fF") != StringRef::npos)
    return Ctx.FloatTy;
  if (Suffix.find_first_of("lL") != StringRef::npos)
    return Ctx.LongDoubleTy;
  return Ctx.DoubleTy;
}

/// Reads one bound by recursive descent. Each reading function returns
/// false on syntax it does not know, and then nothing is reported.
class BoundReader {
public:
  BoundReader(ASTContext &Ctx, const FunctionDecl *Task,
              SourceLocation Visible, llvm::ArrayRef<PragmaToken> Toks)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Task(Task), Visible(Visible),
        Toks(Toks) {}

  bool read(Value &V) { return expression(V, prec::Comma) && atEnd(); }

  /// The first name that the spawn function would not know, if any.
  const PragmaToken *Undeclared = nullptr;

private:
  bool atEnd() const { return Pos == Toks.size(); }
  tok::TokenKind kind(size_t Ahead = 0) const {
    return Pos + Ahead < Toks.size() ? Toks[Pos + Ahead].Kind : tok::eof;
  }
  bool eat(tok::TokenKind K) {
    if (kind() != K)
      return false;
    ++Pos;
    return true;
  }

  bool expression(Value &V, prec::Level Min);
  bool unary(Value &V);
  bool sizeOf(Value &V);
  bool postfix(Value &V);
  bool primary(Value &V);
  bool name(const PragmaToken &T, Value &V);
  bool arguments();
  bool skipParenthesized();
  bool startsTypeName(size_t Ahead) const;
  bool typeName(QualType &T);
  bool specifier(Specifiers &S, QualType &Named, bool &Opaque);
  const ParmVarDecl *parameter(StringRef Name) const;
  const NamedDecl *lookup(StringRef Name, unsigned Namespace) const;
  bool visible(const Decl *D) const;
  Value binary(tok::TokenKind Op, prec::Level P, const Value &L,
               const Value &R) const;
  Value conditional(const Value &L, const Value &R) const;
  QualType member(QualType Record, StringRef Name) const;
  QualType decay(QualType T) const;

  ASTContext &Ctx;
  const SourceManager &SM;
  const FunctionDecl *Task;
  SourceLocation Visible;
  llvm::ArrayRef<PragmaToken> Toks;
  size_t Pos = 0;
};

QualType BoundReader::decay(QualType T) const {
  if (T.isNull())
    return T;
  if (T->isArrayType())
    return Ctx.getArrayDecayedType(T);
  if (T->isFunctionType())
    return Ctx.getPointerType(T);
  return T;
}

const ParmVarDecl *BoundReader::parameter(StringRef Name) const {
  for (const ParmVarDecl *P : Task->parameters())
    if (P->getName() == Name)
      return P;
  return nullptr;
}

/// Whether some declaration of \p D precedes the spawn function. Builtins
/// that Clang declared on first use have no location and are visible
/// everywhere.
bool BoundReader::visible(const Decl *D) const {
  for (const Decl *R : D->redecls()) {
    SourceLocation L = R->getLocation();
    if (L.isInvalid() ||
        SM.isBeforeInTranslationUnit(SM.getExpansionLoc(L), Visible))
      return true;
  }
  return false;
}

/// An enumerator or a tag declared inside the definition of a struct or
/// union \p RD, which C puts in the scope that encloses the struct.
static const NamedDecl *declaredInRecord(const RecordDecl *RD,
                                         StringRef Name, unsigned Namespace) {
  for (const Decl *M : RD->decls()) {
    const auto *Inner = dyn_cast<TagDecl>(M);
    if (!Inner)
      continue;
    if (Inner->getName() == Name && Inner->isInIdentifierNamespace(Namespace))
      return Inner;
    if (const auto *E = dyn_cast<EnumDecl>(Inner)) {
      for (const EnumConstantDecl *C : E->enumerators())
        if (C->getName() == Name && C->isInIdentifierNamespace(Namespace))
          return C;
    } else if (const auto *R = dyn_cast<RecordDecl>(Inner)) {
      if (const NamedDecl *Found = declaredInRecord(R, Name, Namespace))
        return Found;
    }
  }
  return nullptr;
}

/// A file-scope declaration of \p Name in \p Namespace that precedes the
/// spawn function. Declarations at block scope (`extern int n;` inside a
/// function) are in the local-extern namespace, so they are not found.
const NamedDecl *BoundReader::lookup(StringRef Name, unsigned Namespace) const {
  const TranslationUnitDecl *TU = Ctx.getTranslationUnitDecl();
  for (const NamedDecl *D : TU->lookup(DeclarationName(&Ctx.Idents.get(Name))))
    if (D->isInIdentifierNamespace(Namespace) && visible(D))
      return D;
  // The translation unit's table lacks what a struct declares for the
  // enclosing scope. Searching the structs costs a walk of the unit, and
  // only a name that is about to be reported, or this rare form, gets here.
  for (const Decl *D : TU->decls())
    if (const auto *RD = dyn_cast<RecordDecl>(D))
      if (RD->isThisDeclarationADefinition())
        if (const NamedDecl *Found = declaredInRecord(RD, Name, Namespace))
          if (visible(Found))
            return Found;
  return nullptr;
}

bool BoundReader::expression(Value &V, prec::Level Min) {
  if (!unary(V))
    return false;
  for (;;) {
    prec::Level P = getBinOpPrecedence(kind(), /*GreaterThanIsOperator=*/true,
                                       /*CPlusPlus11=*/false);
    if (P == prec::Unknown || P < Min)
      return true;
    tok::TokenKind Op = kind();
    ++Pos;
    Value R;
    if (P == prec::Conditional) {
      // GNU `c ?: r` gives the condition's value when it is true.
      Value Mid = V;
      if (kind() != tok::colon && !expression(Mid, prec::Comma))
        return false;
      if (!eat(tok::colon) || !expression(R, prec::Conditional))
        return false;
      V = conditional(Mid, R);
      continue;
    }
    // Assignments group to the right, every other operator to the left.
    prec::Level Next =
        P == prec::Assignment ? P : static_cast<prec::Level>(P + 1);
    if (!expression(R, Next))
      return false;
    V = binary(Op, P, V, R);
  }
}

Value BoundReader::binary(tok::TokenKind Op, prec::Level P, const Value &L,
                          const Value &R) const {
  switch (P) {
  case prec::Comma:
    return R;
  case prec::Assignment:
    return {L.Type};
  case prec::LogicalOr:
  case prec::LogicalAnd:
  case prec::Equality:
  case prec::Relational:
    return {Ctx.IntTy};
  default:
    break;
  }
  QualType A = L.Type, B = R.Type;
  if (A.isNull() || B.isNull())
    return {};
  if (Op == tok::plus && A->isPointerType() && B->isIntegerType())
    return L;
  if (Op == tok::plus && B->isPointerType() && A->isIntegerType())
    return R;
  if (Op == tok::minus && A->isPointerType() && B->isPointerType())
    return {Ctx.getPointerDiffType()};
  if (Op == tok::minus && A->isPointerType() && B->isIntegerType())
    return L;
  if (!A->isArithmeticType() || !B->isArithmeticType() ||
      A->isAnyComplexType() || B->isAnyComplexType())
    return {};
  bool IntegersOnly = Op != tok::plus && Op != tok::minus &&
                      Op != tok::star && Op != tok::slash;
  if (IntegersOnly)
    return A->isIntegerType() && B->isIntegerType() ? Value{A} : Value{};
  if (A->isRealFloatingType() && B->isRealFloatingType())
    return {Ctx.getFloatingTypeOrder(A, B) >= 0 ? A : B};
  if (B->isRealFloatingType())
    return {B};
  return {A};
}

Value BoundReader::conditional(const Value &L, const Value &R) const {
  QualType A = L.Type, B = R.Type;
  if (A.isNull() || B.isNull())
    return {};
  Value V;
  if (A->isIntegerType() && B->isIntegerType())
    V.Type = A;
  else if (A->isRealFloatingType() && B->isArithmeticType())
    V.Type = A;
  else if (B->isRealFloatingType() && A->isArithmeticType())
    V.Type = B;
  else if (A->isPointerType() && (B->isPointerType() || B->isIntegerType()))
    V.Type = A;
  else if (B->isPointerType() && A->isIntegerType())
    V.Type = B;
  else
    return {};
  V.String = L.String || R.String;
  return V;
}

bool BoundReader::unary(Value &V) {
  switch (kind()) {
  case tok::minus:
  case tok::plus:
  case tok::tilde:
  case tok::exclaim: {
    tok::TokenKind Op = kind();
    ++Pos;
    if (!unary(V))
      return false;
    QualType T = V.Type;
    if (Op == tok::exclaim)
      V = {Ctx.IntTy};
    else if (T.isNull() || !T->isArithmeticType() ||
             (Op == tok::tilde && !T->isIntegerType()))
      V = {};
    else
      V = {T};
    return true;
  }
  case tok::star: {
    ++Pos;
    if (!unary(V))
      return false;
    QualType T = V.Type;
    bool Known = !T.isNull() && T->isPointerType() &&
                 !T->getPointeeType()->isIncompleteType();
    V = {Known ? decay(T->getPointeeType()) : QualType()};
    return true;
  }
  case tok::amp:
    ++Pos;
    if (!unary(V))
      return false;
    V = {V.Type.isNull() ? Ctx.VoidPtrTy : Ctx.getPointerType(V.Type)};
    return true;
  case tok::plusplus:
  case tok::minusminus:
  case tok::kw___extension__:
    ++Pos;
    return unary(V);
  case tok::kw_sizeof:
  case tok::kw__Alignof:
  case tok::kw___alignof:
    return sizeOf(V);
  case tok::l_paren:
    if (startsTypeName(1)) {
      ++Pos;
      QualType T;
      Value Operand;
      // A `{` after the type is a compound literal, which is not read.
      if (!typeName(T) || !eat(tok::r_paren) || kind() == tok::l_brace ||
          !unary(Operand))
        return false;
      V = {T};
      return true;
    }
    return postfix(V);
  default:
    return postfix(V);
  }
}

/// `sizeof(type)` or `sizeof expr`, and the same for `_Alignof`: the names
/// inside must still be known, but the value is a `size_t` whatever they are.
bool BoundReader::sizeOf(Value &V) {
  ++Pos;
  if (kind() == tok::l_paren && startsTypeName(1)) {
    ++Pos;
    QualType T;
    if (!typeName(T) || !eat(tok::r_paren) || kind() == tok::l_brace)
      return false;
  } else {
    Value Operand;
    if (!unary(Operand))
      return false;
  }
  V = {Ctx.getSizeType()};
  return true;
}

QualType BoundReader::member(QualType Record, StringRef Name) const {
  const RecordType *RT = Record.isNull() ? nullptr : Record->getAs<RecordType>();
  const RecordDecl *RD = RT ? RT->getDecl()->getDefinition() : nullptr;
  if (!RD)
    return QualType();
  for (const NamedDecl *D : RD->lookup(DeclarationName(&Ctx.Idents.get(Name))))
    if (const auto *F = dyn_cast<ValueDecl>(D))
      return decay(F->getType());
  return QualType();
}

bool BoundReader::postfix(Value &V) {
  if (!primary(V))
    return false;
  for (;;) {
    switch (kind()) {
    case tok::l_square: {
      ++Pos;
      Value Index;
      if (!expression(Index, prec::Comma) || !eat(tok::r_square))
        return false;
      // `p[i]`, or the same written `i[p]`.
      QualType P = V.Type, I = Index.Type;
      if (!P.isNull() && !I.isNull() && I->isPointerType())
        std::swap(P, I);
      bool Known = !P.isNull() && !I.isNull() && P->isPointerType() &&
                   I->isIntegerType() &&
                   !P->getPointeeType()->isIncompleteType();
      V = {Known ? decay(P->getPointeeType()) : QualType()};
      break;
    }
    case tok::l_paren: {
      ++Pos;
      if (!arguments())
        return false;
      QualType F = V.Type;
      if (!F.isNull() && F->isPointerType())
        F = F->getPointeeType();
      const FunctionType *FT = F.isNull() ? nullptr : F->getAs<FunctionType>();
      V = {FT ? decay(FT->getReturnType()) : QualType()};
      break;
    }
    case tok::period:
    case tok::arrow: {
      bool Arrow = kind() == tok::arrow;
      ++Pos;
      if (kind() != tok::identifier)
        return false;
      QualType R = V.Type;
      if (Arrow)
        R = !R.isNull() && R->isPointerType() ? R->getPointeeType() : QualType();
      V = {member(R, Toks[Pos++].Spelling)};
      break;
    }
    case tok::plusplus:
    case tok::minusminus:
      ++Pos;
      break;
    default:
      return true;
    }
  }
}

bool BoundReader::arguments() {
  if (eat(tok::r_paren))
    return true;
  do {
    Value Arg;
    if (!expression(Arg, prec::Assignment))
      return false;
  } while (eat(tok::comma));
  return eat(tok::r_paren);
}

bool BoundReader::skipParenthesized() {
  unsigned Depth = 0;
  do {
    if (atEnd())
      return false;
    if (kind() == tok::l_paren)
      ++Depth;
    else if (kind() == tok::r_paren)
      --Depth;
    ++Pos;
  } while (Depth);
  return true;
}

bool BoundReader::primary(Value &V) {
  if (atEnd())
    return false;
  const PragmaToken &T = Toks[Pos];
  switch (T.Kind) {
  case tok::identifier:
    ++Pos;
    return name(T, V);
  case tok::numeric_constant:
    ++Pos;
    V = {numberType(T.Spelling, Ctx)};
    return true;
  case tok::char_constant:
  case tok::wide_char_constant:
  case tok::utf8_char_constant:
  case tok::utf16_char_constant:
  case tok::utf32_char_constant:
    ++Pos;
    V = {Ctx.IntTy};
    return true;
  case tok::l_paren:
    ++Pos;
    // `({ ... })` is a statement expression, which is not read.
    return kind() != tok::l_brace && expression(V, prec::Comma) &&
           eat(tok::r_paren);
  case tok::kw___builtin_offsetof:
    // What `offsetof` expands to; its operands name a type and a member.
    ++Pos;
    V = {Ctx.getSizeType()};
    return kind() == tok::l_paren && skipParenthesized();
  default:
    break;
  }
  if (!tok::isStringLiteral(T.Kind))
    return false;
  while (tok::isStringLiteral(kind())) // Adjacent literals are one.
    ++Pos;
  V.Type = Ctx.getPointerType(Ctx.CharTy);
  V.String = true;
  return true;
}

bool BoundReader::name(const PragmaToken &T, Value &V) {
  if (const ParmVarDecl *P = parameter(T.Spelling)) {
    V = {decay(P->getType())};
    return true;
  }
  if (const NamedDecl *D = lookup(T.Spelling, Decl::IDNS_Ordinary)) {
    const auto *VD = dyn_cast<ValueDecl>(D);
    if (!VD) // A typedef name where a value belongs.
      return false;
    V = {decay(VD->getType())};
    return true;
  }
  // Clang declares a builtin only where it is used, so a builtin is known
  // without a declaration.
  if (!Undeclared && !Ctx.Idents.get(T.Spelling).getBuiltinID())
    Undeclared = &T;
  V = {};
  return true;
}

bool BoundReader::startsTypeName(size_t Ahead) const {
  tok::TokenKind K = kind(Ahead);
  if (isTypeKeyword(K))
    return true;
  if (K != tok::identifier)
    return false;
  StringRef Name = Toks[Pos + Ahead].Spelling;
  // A parameter shadows a typedef of the same name.
  return !parameter(Name) &&
         isa_and_nonnull<TypedefNameDecl>(lookup(Name, Decl::IDNS_Ordinary));
}

/// One specifier, qualifier or `*` of a type name; false if it is none
/// that the reader knows.
bool BoundReader::specifier(Specifiers &S, QualType &Named, bool &Opaque) {
  const PragmaToken &T = Toks[Pos++];
  switch (T.Kind) {
  case tok::kw_const:
  case tok::kw_volatile:
  case tok::kw_restrict:
    return true;
  case tok::kw_unsigned:
    S.Unsigned = true;
    return true;
  case tok::kw_signed:
    S.Signed = true;
    return true;
  case tok::kw_long:
    ++S.Longs;
    return true;
  case tok::kw_int:
    if (S.B == Specifiers::None)
      S.B = Specifiers::Int;
    return true;
  case tok::kw_short:
    S.B = Specifiers::Short;
    return true;
  case tok::kw_char:
    S.B = Specifiers::Char;
    return true;
  case tok::kw_void:
    S.B = Specifiers::Void;
    return true;
  case tok::kw__Bool:
    S.B = Specifiers::Bool;
    return true;
  case tok::kw___int128:
    S.B = Specifiers::Int128;
    return true;
  case tok::kw_float:
    S.B = Specifiers::Float;
    return true;
  case tok::kw_double:
    S.B = Specifiers::Double;
    return true;
  case tok::kw_struct:
  case tok::kw_union:
  case tok::kw_enum: {
    if (kind() != tok::identifier)
      return false;
    // A tag that is not declared yet names a new incomplete type, which is
    // valid C; its type is then unknown here.
    const auto *Tag = dyn_cast_or_null<TagDecl>(
        lookup(Toks[Pos++].Spelling, Decl::IDNS_Tag));
    Named = Tag ? Ctx.getTypeDeclType(Tag) : QualType();
    Opaque = !Tag;
    return true;
  }
  case tok::identifier: {
    const auto *TD = dyn_cast_or_null<TypedefNameDecl>(
        lookup(T.Spelling, Decl::IDNS_Ordinary));
    if (!TD || !Named.isNull() || S.B != Specifiers::None || parameter(T.Spelling))
      return false;
    Named = Ctx.getTypedefType(TD);
    return true;
  }
  default:
    return false;
  }
}

/// A type name up to, not including, its closing parenthesis; \p T stays
/// null when the type is valid but unknown here.
bool BoundReader::typeName(QualType &T) {
  Specifiers S;
  QualType Named;
  bool Opaque = false;
  unsigned Stars = 0;
  while (!atEnd() && kind() != tok::r_paren) {
    if (eat(tok::star))
      ++Stars;
    else if (Stars && !isTypeKeyword(kind()))
      return false;
    else if (!specifier(S, Named, Opaque))
      return false;
  }
  T = Opaque ? QualType() : !Named.isNull() ? Named : S.type(Ctx);
  if (T.isNull() && !Opaque)
    return false;
  for (unsigned I = 0; I < Stars && !T.isNull(); ++I)
    T = Ctx.getPointerType(T);
  return true;
}

/// The list of named parameters for a message, e.g. `'n', 'x', 'y'`.
std::string parameterList(const FunctionDecl *F) {
  std::string List;
  for (const ParmVarDecl *P : F->parameters())
    if (!P->getName().empty())
      List += (List.empty() ? "'" : ", '") + P->getName().str() + "'";
  return List;
}

class Checker {
public:
  Checker(ASTContext &Ctx, const FunctionDecl *Task, const FunctionDecl *Caller,
          Diagnostics &Diags)
      : Ctx(Ctx), Task(Task), Caller(Caller), Diags(Diags) {
    const SourceManager &SM = Ctx.getSourceManager();
    // The spawn function is inserted at the start of the caller's first
    // line, so a declaration earlier on that line comes after it.
    SourceLocation At =
        SM.getExpansionLoc(Caller ? Caller->getBeginLoc() : Task->getBeginLoc());
    if (Caller) {
      std::pair<FileID, unsigned> Where = SM.getDecomposedLoc(At);
      At = SM.translateLineCol(Where.first,
                               SM.getLineNumber(Where.first, Where.second), 1);
    }
    Visible = At;
  }

  bool check(const Item &I, llvm::ArrayRef<PragmaToken> Toks, bool IsLength);

private:
  ASTContext &Ctx;
  const FunctionDecl *Task;
  const FunctionDecl *Caller;
  Diagnostics &Diags;
  SourceLocation Visible;
};

bool Checker::check(const Item &I, llvm::ArrayRef<PragmaToken> Toks,
                    bool IsLength) {
  if (Toks.empty())
    return true;
  BoundReader Reader(Ctx, Task, Visible, Toks);
  Value V;
  if (!Reader.read(V))
    return true;
  if (const PragmaToken *T = Reader.Undeclared) {
    std::string List = parameterList(Task);
    Diags.report(T->Loc, Diag::bound_not_declared)
        << T->Spelling << Task << (Caller != nullptr)
        << (Caller ? Caller : Task) << !List.empty() << List;
    return false;
  }
  QualType Ty = V.Type;
  if (Ty.isNull() || (Ty->isIntegerType() && !V.String))
    return true;
  Diag D = V.String                ? Diag::bound_string
           : Ty->isPointerType()   ? Diag::bound_pointer
                                   : Diag::bound_not_integer;
  auto B = Diags.report(Toks.front().Loc, D) << IsLength << I.Name;
  if (!V.String)
    B << Ty;
  return false;
}

} // namespace

bool checkSectionBounds(ASTContext &Ctx, const Directive &D,
                        const FunctionDecl *Task, const FunctionDecl *Caller,
                        Diagnostics &Diags) {
  Checker C(Ctx, Task, Caller, Diags);
  bool Ok = true;
  for (const Clause &Cl : D.Clauses)
    for (const Item &I : Cl.Items) {
      Ok &= C.check(I, I.LoTokens, /*IsLength=*/false);
      Ok &= C.check(I, I.LenTokens, /*IsLength=*/true);
    }
  return Ok;
}

} // namespace torcc
