//===- Output.h - Findings as text, JSON or SARIF ---------------*- C++ -*-===//

#ifndef PCBCHECK_OUTPUT_H
#define PCBCHECK_OUTPUT_H

#include "Analysis.h"

#include "llvm/Support/raw_ostream.h"

#include <vector>

namespace pcbcheck {

enum class OutputFormat { Text, Json, Sarif };

/// clang's own form: "file:line:col: warning: message [checker]", notes.
void printText(llvm::raw_ostream &OS, const std::vector<Finding> &Findings);

/// One JSON object per finding: file, line, column, function, arch, field,
/// flags, message, notes and the fix (its edits) when there is one.
void printJson(llvm::raw_ostream &OS, const std::vector<Finding> &Findings);

/// SARIF 2.1.0 for code scanning: stable ruleId, the rule's description
/// and help, paths relative to \p Root, fingerprints that survive line
/// shifts, the path notes as a code flow and the fix as a SARIF fix.
void printSarif(llvm::raw_ostream &OS, const std::vector<Finding> &Findings,
                llvm::StringRef Root);

} // namespace pcbcheck

#endif
