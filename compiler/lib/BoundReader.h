//===- BoundReader.h - one section bound read as a C expression -----------===//
//
// Internal to the check of section bounds (BoundCheck.h). The reader's
// operators are in BoundReader.cpp; how it resolves names and reads type
// names is in BoundNames.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef TORCC_BOUNDREADER_H
#define TORCC_BOUNDREADER_H

#include "Directive.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/OperatorPrecedence.h"
#include "llvm/ADT/ArrayRef.h"

namespace torcc {

/// What the reader knows of an expression: its type, or a null type when
/// it cannot tell, and whether the value is that of a string literal.
struct BoundValue {
  clang::QualType Type;
  bool String = false;
};

/// The specifiers of a type name (BoundNames.cpp).
struct Specifiers;

/// Reads one bound by recursive descent. Each reading function returns
/// false on syntax it does not know, and then nothing is reported.
class BoundReader {
public:
  BoundReader(clang::ASTContext &Ctx, const clang::FunctionDecl *Task,
              clang::SourceLocation Visible, llvm::ArrayRef<PragmaToken> Toks)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Task(Task), Visible(Visible),
        Toks(Toks) {}

  bool read(BoundValue &V) {
    return expression(V, clang::prec::Comma) && atEnd();
  }

  /// The first name that the spawn function would not know, if any.
  const PragmaToken *Undeclared = nullptr;
  /// The token after which an operand is missing, at the end of the bound
  /// or before a closing parenthesis (`n +`, `(n -)`): a syntax error,
  /// whatever else the bound holds.
  const PragmaToken *MissingOperandAfter = nullptr;

private:
  bool atEnd() const { return Pos == Toks.size(); }
  clang::tok::TokenKind kind(size_t Ahead = 0) const {
    return Pos + Ahead < Toks.size() ? Toks[Pos + Ahead].Kind : clang::tok::eof;
  }
  bool eat(clang::tok::TokenKind K) {
    if (kind() != K)
      return false;
    ++Pos;
    return true;
  }

  bool expression(BoundValue &V, clang::prec::Level Min);
  bool unary(BoundValue &V);
  bool unaryOperand(BoundValue &V);
  bool sizeOf(BoundValue &V);
  bool postfix(BoundValue &V);
  bool primary(BoundValue &V);
  bool name(const PragmaToken &T, BoundValue &V);
  bool arguments();
  bool skipParenthesized();
  bool startsTypeName(size_t Ahead) const;
  bool typeName(clang::QualType &T);
  bool specifier(Specifiers &S, clang::QualType &Named, bool &Opaque);
  const clang::ParmVarDecl *parameter(llvm::StringRef Name) const;
  const clang::NamedDecl *lookup(llvm::StringRef Name,
                                 unsigned Namespace) const;
  bool visible(const clang::Decl *D) const;
  BoundValue binary(clang::tok::TokenKind Op, clang::prec::Level P,
                    const BoundValue &L, const BoundValue &R) const;
  BoundValue conditional(const BoundValue &L, const BoundValue &R) const;
  clang::QualType member(clang::QualType Record, llvm::StringRef Name) const;
  clang::QualType decay(clang::QualType T) const;

  clang::ASTContext &Ctx;
  const clang::SourceManager &SM;
  const clang::FunctionDecl *Task;
  clang::SourceLocation Visible;
  llvm::ArrayRef<PragmaToken> Toks;
  size_t Pos = 0;
  unsigned Depth = 0; ///< Nested unary expressions being read.
};

/// The type of a numeric literal spelled \p S, or null for an imaginary one.
clang::QualType numberType(llvm::StringRef S, const clang::ASTContext &Ctx);

} // namespace torcc

#endif
