//===- BoundNames.cpp - names and type names in a section bound -----------===//
//
// A name in a bound resolves as the C compiler will resolve it in the spawn
// function: to a parameter of the task function first, then to a
// file-scope declaration that precedes the spawn function.
//
//===----------------------------------------------------------------------===//

#include "BoundReader.h"

#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace torcc {

namespace {

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

} // namespace

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
             : Signed ? Ctx.SignedCharTy
                      : Ctx.CharTy;
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
  bool Floating =
      Hex ? S.find_insensitive('p') != StringRef::npos
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
static const NamedDecl *declaredInRecord(const RecordDecl *RD, StringRef Name,
                                         unsigned Namespace) {
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

QualType BoundReader::member(QualType Record, StringRef Name) const {
  const RecordType *RT =
      Record.isNull() ? nullptr : Record->getAs<RecordType>();
  const RecordDecl *RD = RT ? RT->getDecl()->getDefinition() : nullptr;
  if (!RD)
    return QualType();
  for (const NamedDecl *D : RD->lookup(DeclarationName(&Ctx.Idents.get(Name))))
    if (const auto *F = dyn_cast<ValueDecl>(D))
      return decay(F->getType());
  return QualType();
}

bool BoundReader::name(const PragmaToken &T, BoundValue &V) {
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
    const auto *Tag =
        dyn_cast_or_null<TagDecl>(lookup(Toks[Pos++].Spelling, Decl::IDNS_Tag));
    Named = Tag ? Ctx.getTypeDeclType(Tag) : QualType();
    Opaque = !Tag;
    return true;
  }
  case tok::identifier: {
    const auto *TD = dyn_cast_or_null<TypedefNameDecl>(
        lookup(T.Spelling, Decl::IDNS_Ordinary));
    if (!TD || !Named.isNull() || S.B != Specifiers::None ||
        parameter(T.Spelling))
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

} // namespace torcc
