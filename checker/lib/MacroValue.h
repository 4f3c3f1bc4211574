//===- MacroValue.h - Integer value of an object-like macro -----*- C++ -*-===//
//
// Flags are matched by macro name, never by value: values changed between
// FreeBSD releases (arm64 PCB_FP_KERN was 0x02, later 0x40000000).  This
// reads a flag's value from the translation unit's own definition.
//
//===----------------------------------------------------------------------===//

#ifndef PCBCHECK_MACROVALUE_H
#define PCBCHECK_MACROVALUE_H

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>

namespace clang {
class Preprocessor;
}

namespace pcbcheck {

/// Returns true when the translation unit defines \p Name as a macro.
bool isMacroDefined(const clang::Preprocessor &PP, llvm::StringRef Name);

/// Evaluates an object-like macro built from integer literals, other such
/// macros, parentheses, casts to a named type, the operators
/// ~ - + * << >> & ^ | and uses of function-like macros without # or ##
/// (powerpc's __MASK(X)).  Returns std::nullopt for anything else.
std::optional<uint64_t> evaluateMacro(const clang::Preprocessor &PP,
                                      llvm::StringRef Name);

} // namespace pcbcheck

#endif
