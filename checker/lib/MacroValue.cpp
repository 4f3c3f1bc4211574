//===- MacroValue.cpp - Integer value of an object-like macro -------------===//

#include "MacroValue.h"

#include "clang/Lex/MacroInfo.h"
#include "clang/Lex/Preprocessor.h"

using namespace clang;

namespace {

std::optional<uint64_t> evaluateAt(const Preprocessor &PP, StringRef Name,
                                   unsigned Depth);

/// Recursive-descent evaluation over a macro's replacement tokens, with C's
/// precedence for the operators flag definitions use.
class TokenEvaluator {
public:
  TokenEvaluator(const Preprocessor &PP, ArrayRef<Token> Toks, unsigned Depth)
      : PP(PP), Toks(Toks), Depth(Depth) {}

  std::optional<uint64_t> run() {
    std::optional<uint64_t> V = parseBinary(0);
    if (!V || Pos != Toks.size())
      return std::nullopt;
    return V;
  }

private:
  const Preprocessor &PP;
  ArrayRef<Token> Toks;
  unsigned Depth;
  size_t Pos = 0;

  bool at(tok::TokenKind K) const {
    return Pos < Toks.size() && Toks[Pos].is(K);
  }

  static int precedence(tok::TokenKind K) {
    switch (K) {
    case tok::pipe:
      return 1;
    case tok::caret:
      return 2;
    case tok::amp:
      return 3;
    case tok::lessless:
    case tok::greatergreater:
      return 4;
    case tok::plus:
    case tok::minus:
      return 5;
    case tok::star:
      return 6;
    default:
      return -1;
    }
  }

  std::optional<uint64_t> parseBinary(int MinPrec) {
    std::optional<uint64_t> L = parseUnary();
    while (L && Pos < Toks.size()) {
      tok::TokenKind Op = Toks[Pos].getKind();
      int Prec = precedence(Op);
      if (Prec < 0 || Prec < MinPrec)
        break;
      ++Pos;
      std::optional<uint64_t> R = parseBinary(Prec + 1);
      if (!R)
        return std::nullopt;
      switch (Op) {
      case tok::pipe:
        *L |= *R;
        break;
      case tok::caret:
        *L ^= *R;
        break;
      case tok::amp:
        *L &= *R;
        break;
      case tok::lessless:
        if (*R >= 64)
          return std::nullopt;
        *L <<= *R;
        break;
      case tok::greatergreater:
        if (*R >= 64)
          return std::nullopt;
        *L >>= *R;
        break;
      case tok::plus:
        *L += *R;
        break;
      case tok::star:
        *L *= *R;
        break;
      default:
        *L -= *R;
        break;
      }
    }
    return L;
  }

  std::optional<uint64_t> parseUnary() {
    if (at(tok::tilde) || at(tok::minus) || at(tok::plus)) {
      tok::TokenKind Op = Toks[Pos++].getKind();
      std::optional<uint64_t> V = parseUnary();
      if (!V)
        return std::nullopt;
      if (Op == tok::tilde)
        return ~*V;
      return Op == tok::minus ? 0 - *V : *V;
    }
    return parsePrimary();
  }

  std::optional<uint64_t> parsePrimary() {
    if (Pos >= Toks.size())
      return std::nullopt;
    const Token &T = Toks[Pos];
    if (T.is(tok::numeric_constant)) {
      ++Pos;
      return parseLiteral(PP.getSpelling(T));
    }
    if (T.is(tok::identifier)) {
      ++Pos;
      if (Depth >= 16)
        return std::nullopt;
      const MacroInfo *MI = PP.getMacroInfo(T.getIdentifierInfo());
      if (MI && MI->isFunctionLike())
        return expandCall(*MI);
      return evaluateAt(PP, T.getIdentifierInfo()->getName(), Depth + 1);
    }
    if (!T.is(tok::l_paren))
      return std::nullopt;
    ++Pos;
    // A cast such as "(u_int)" or "(unsigned long)": skip the type name.
    size_t Save = Pos;
    while (Pos < Toks.size() && Toks[Pos].getIdentifierInfo())
      ++Pos;
    if (Pos > Save && at(tok::r_paren) && Pos + 1 < Toks.size() &&
        !isMacroNamed(Save)) {
      ++Pos;
      return parseUnary();
    }
    Pos = Save;
    std::optional<uint64_t> V = parseBinary(0);
    if (!V || !at(tok::r_paren))
      return std::nullopt;
    ++Pos;
    return V;
  }

  /// A function-like macro's use, "__MASK(MSR_FP_LG)" with powerpc's
  /// "#define __MASK(X) (1UL<<(X))": its body with the arguments put in
  /// for the parameters (no # or ##).
  std::optional<uint64_t> expandCall(const MacroInfo &MI) {
    if (!at(tok::l_paren))
      return std::nullopt;
    ++Pos;
    std::vector<std::vector<Token>> Args(1);
    for (unsigned Nesting = 0;; ++Pos) {
      if (Pos >= Toks.size())
        return std::nullopt;
      const Token &A = Toks[Pos];
      if (A.is(tok::r_paren) && Nesting == 0)
        break;
      if (A.is(tok::comma) && Nesting == 0) {
        Args.emplace_back();
        continue;
      }
      Nesting += A.is(tok::l_paren);
      Nesting -= A.is(tok::r_paren);
      Args.back().push_back(A);
    }
    ++Pos;
    if (Args.size() != MI.getNumParams())
      return std::nullopt;
    std::vector<Token> Body;
    for (const Token &B : MI.tokens()) {
      if (B.is(tok::hash) || B.is(tok::hashhash))
        return std::nullopt;
      int Param = B.getIdentifierInfo()
                      ? MI.getParameterNum(B.getIdentifierInfo())
                      : -1;
      if (Param < 0)
        Body.push_back(B);
      else
        Body.insert(Body.end(), Args[Param].begin(), Args[Param].end());
    }
    return TokenEvaluator(PP, Body, Depth + 1).run();
  }

  /// "(FOO)" is a parenthesized macro, not a cast, when FOO is a macro.
  bool isMacroNamed(size_t At) const {
    const IdentifierInfo *II = Toks[At].getIdentifierInfo();
    return II && PP.getMacroInfo(II) != nullptr;
  }

  static std::optional<uint64_t> parseLiteral(StringRef Spelling) {
    Spelling = Spelling.rtrim("uUlL");
    uint64_t V;
    if (Spelling.getAsInteger(0, V))
      return std::nullopt;
    return V;
  }
};

std::optional<uint64_t> evaluateAt(const Preprocessor &PP, StringRef Name,
                                   unsigned Depth) {
  auto It = PP.getIdentifierTable().find(Name);
  if (It == PP.getIdentifierTable().end())
    return std::nullopt;
  const MacroInfo *MI = PP.getMacroInfo(It->getValue());
  if (!MI || MI->isFunctionLike() || MI->getNumTokens() == 0)
    return std::nullopt;
  return TokenEvaluator(PP, MI->tokens(), Depth).run();
}

} // namespace

bool pcbcheck::isMacroDefined(const Preprocessor &PP, StringRef Name) {
  auto It = PP.getIdentifierTable().find(Name);
  if (It == PP.getIdentifierTable().end())
    return false;
  return PP.getMacroInfo(It->getValue()) != nullptr;
}

std::optional<uint64_t> pcbcheck::evaluateMacro(const Preprocessor &PP,
                                                StringRef Name) {
  return evaluateAt(PP, Name, 0);
}
