//===- Output.h - Findings as text, JSON or SARIF ---------------*- C++ -*-===//

#ifndef PCBCHECK_OUTPUT_H
#define PCBCHECK_OUTPUT_H

#include "Analysis.h"

#include "llvm/Support/raw_ostream.h"

#include <vector>

namespace pcbcheck {

enum class OutputFormat { Text, Json, Sarif };

/// An error of the run: a file that could not be analyzed (File, absolute)
/// or something else that makes the exit status 2 (no File).
struct RunError {
  std::string File;
  std::string Message;
};

/// What happened besides the findings, so a machine reader never takes a
/// failed run for a clean one.
/// A note or a warning of the run: what was not analyzed, or only in
/// part, or analyzed under an assumption.
struct RunNote {
  std::string Level; ///< "note" or "warning".
  std::string Message;
};

struct RunSummary {
  unsigned Analyzed = 0;
  unsigned Failed = 0;
  const std::vector<RunError> &Errors;
  const std::vector<RunNote> &Notes;
};

/// clang's own form: "file:line:col: warning: message [checker]", notes.
/// \p S for a terminal: control characters (a newline or an escape
/// sequence in a file name) written as C escapes, the rest as it is;
/// with \p KeepNewlines, a message of several lines keeps them.
std::string terminalSafe(llvm::StringRef S, bool KeepNewlines = false);

void printText(llvm::raw_ostream &OS, const std::vector<Finding> &Findings);

/// A JSON object: "findings", one object per finding (file, line, column,
/// function, arch, field, flags, message, notes and the fix's edits when
/// there is one), "errors" (file and message), "notes", and the counts
/// "analyzed" and "failed".  Every "file" is relative to \p Root, or
/// absolute when it is not below it.
void printJson(llvm::raw_ostream &OS, const std::vector<Finding> &Findings,
               llvm::StringRef Root, const RunSummary &Run);

/// SARIF 2.1.0 for code scanning: stable ruleId, the rule's description
/// and help, paths relative to \p Root, fingerprints that survive line
/// shifts, the path notes as a code flow and the fix as a SARIF fix; the
/// run's invocation says whether it succeeded, with one notification per
/// error.  Files outside \p Root get absolute file: URIs.
void printSarif(llvm::raw_ostream &OS, const std::vector<Finding> &Findings,
                llvm::StringRef Root, const RunSummary &Run);

} // namespace pcbcheck

#endif
