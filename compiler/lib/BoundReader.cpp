//===- BoundReader.cpp - the operators of a section bound -----------------===//
//
// A bound is read by recursive descent over the directive's tokens, which
// the preprocessor has already macro-expanded, with Clang's own table of
// operator precedence. Types follow C's rules only where they leave no
// doubt: arithmetic conversions, pointer arithmetic, comparisons, `sizeof`,
// casts, subscripts, members and calls. Anything else gives an unknown
// type, which is never reported.
//
//===----------------------------------------------------------------------===//

#include "BoundReader.h"

using namespace clang;

namespace torcc {

bool BoundReader::expression(BoundValue &V, prec::Level Min) {
  if (!unary(V))
    return false;
  for (;;) {
    prec::Level P = getBinOpPrecedence(kind(), /*GreaterThanIsOperator=*/true,
                                       /*CPlusPlus11=*/false);
    if (P == prec::Unknown || P < Min)
      return true;
    tok::TokenKind Op = kind();
    ++Pos;
    BoundValue R;
    if (P == prec::Conditional) {
      // GNU `c ?: r` gives the condition's value when it is true.
      BoundValue Mid = V;
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

BoundValue BoundReader::binary(tok::TokenKind Op, prec::Level P,
                               const BoundValue &L, const BoundValue &R) const {
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
  bool IntegersOnly = Op != tok::plus && Op != tok::minus && Op != tok::star &&
                      Op != tok::slash;
  if (IntegersOnly)
    return A->isIntegerType() && B->isIntegerType() ? BoundValue{A}
                                                    : BoundValue{};
  if (A->isRealFloatingType() && B->isRealFloatingType())
    return {Ctx.getFloatingTypeOrder(A, B) >= 0 ? A : B};
  if (B->isRealFloatingType())
    return {B};
  return {A};
}

BoundValue BoundReader::conditional(const BoundValue &L,
                                    const BoundValue &R) const {
  QualType A = L.Type, B = R.Type;
  if (A.isNull() || B.isNull())
    return {};
  BoundValue V;
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

/// Every nesting passes through here. Past the depth at which Clang's own
/// parser gives up on brackets, the bound is left to the C compiler rather
/// than risk the stack on a pathological directive.
bool BoundReader::unary(BoundValue &V) {
  if (Depth >= 256)
    return false;
  ++Depth;
  bool Ok = unaryOperand(V);
  --Depth;
  return Ok;
}

bool BoundReader::unaryOperand(BoundValue &V) {
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
      BoundValue Operand;
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
bool BoundReader::sizeOf(BoundValue &V) {
  ++Pos;
  if (kind() == tok::l_paren && startsTypeName(1)) {
    ++Pos;
    QualType T;
    if (!typeName(T) || !eat(tok::r_paren) || kind() == tok::l_brace)
      return false;
  } else {
    BoundValue Operand;
    if (!unary(Operand))
      return false;
  }
  V = {Ctx.getSizeType()};
  return true;
}

bool BoundReader::postfix(BoundValue &V) {
  if (!primary(V))
    return false;
  for (;;) {
    switch (kind()) {
    case tok::l_square: {
      ++Pos;
      BoundValue Index;
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
        R = !R.isNull() && R->isPointerType() ? R->getPointeeType()
                                              : QualType();
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
    BoundValue Arg;
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

bool BoundReader::primary(BoundValue &V) {
  if ((atEnd() || kind() == tok::r_paren) && Pos > 0) {
    MissingOperandAfter = &Toks[Pos - 1];
    return false;
  }
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

} // namespace torcc
