//===- Analysis.h - Run mdthread.PcbFpuFlags in-process ---------*- C++ -*-===//

#ifndef PCBCHECK_ANALYSIS_H
#define PCBCHECK_ANALYSIS_H

#include "clang/Tooling/CompilationDatabase.h"

#include <string>
#include <vector>

namespace pcbcheck {

struct SourcePoint {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;
};

struct FindingNote {
  SourcePoint Where;
  std::string Message;
};

/// One report of the checker, as the user's paths spell its file.
struct Finding {
  SourcePoint Where;
  std::string Function;
  std::string Message;
  std::vector<FindingNote> Notes;
};

/// The checker options, as the tool's flags set them.
struct CheckerSettings {
  std::string RulesPath;
  std::string Arch;
  bool CheckFork = false;
};

/// Analyzes \p File with its command from \p DB and appends the checker's
/// findings to \p Out.  \p DisplayPath is how messages name the file.
/// Returns false when the file could not be parsed or analyzed; clang's
/// own diagnostics have then said why on stderr.
bool analyzeFile(const clang::tooling::CompilationDatabase &DB,
                 const std::string &File, const std::string &DisplayPath,
                 const CheckerSettings &Settings, std::vector<Finding> &Out);

} // namespace pcbcheck

#endif
