//===- History.h - When each architecture got the bug, and lost it -*- C++ -*-//
//
// pcbcheck --history: the analysis run over a git repository's past
// revisions of sys/, without checking any out, per architecture.
//
//===----------------------------------------------------------------------===//

#ifndef PCBCHECK_HISTORY_H
#define PCBCHECK_HISTORY_H

#include "Analysis.h"
#include "Rules.h"

#include "llvm/Support/raw_ostream.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace pcbcheck {

struct HistoryOptions {
  std::string Range; ///< As git rev-list takes it; "" is HEAD.
  std::vector<std::string> BranchPatterns;
  std::string Path; ///< The sys/ tree in the work tree; "" finds it.
  std::vector<std::string> Arches; ///< Empty: every rules architecture.
  std::string KernConf;
  unsigned Jobs = 0;
  uint64_t MaxMemory = 0; ///< Per analysis, in MB (Isolation.h).
  bool Json = false;
  const RuleSet *Rules = nullptr;
  std::string RulesPath;
  bool CheckFork = false;
  EnabledChecks Checks;
};

/// Runs the audit and prints it; returns the exit status (0: nothing
/// open at the range's tip or any branch tip, 1: something open, 2:
/// nothing could be audited).
int runHistory(const HistoryOptions &Options);

/// One commit the audit looked at: on the range's first-parent line, or
/// a branch tip.
struct AuditCommit {
  std::string Id, Date, Subject;
  /// What it changes: git's status letter (A, M, D, T) and the path.
  std::vector<std::pair<char, std::string>> Changed;
  bool Root = false;     ///< No parent: nothing came before it.
  bool Boundary = false; ///< A shallow clone's last commit.
  /// The parent of the range's first commit: what the range starts from,
  /// so that its first commit is judged as every other one is.
  bool Before = false;
  std::string Ref;       ///< The branch it is the tip of, if one.
};

/// What the analysis of one architecture at one revision found.
struct RevisionVerdict {
  enum Kind { Clean, Found, NoCode, Failed } K = Clean;
  std::string Commit; ///< Where it was analyzed.
  std::vector<Finding> Findings;
  std::string Reason; ///< Why it Failed.
  /// Every repository path it read or looked for -> GitRevisionFS's
  /// record: a revision with the same records reads the same bytes.
  std::map<std::string, std::string> Reads;
};

/// One architecture's verdicts, by commit index.
struct ArchHistory {
  const ArchRule *Rule = nullptr;
  std::vector<std::unique_ptr<RevisionVerdict>> Verdicts;
  struct Decision {
    const RevisionVerdict *Verdict = nullptr;
    bool FromCache = false;
  };
  std::map<size_t, Decision> At;
};

/// Everything the audit found, for the report.
struct Audit {
  std::string Top;       ///< The work tree, absolute.
  std::string SysPath;   ///< sys/ relative to Top.
  std::string TipName;   ///< How the range's tip is named ("HEAD").
  std::string TipId;
  /// The line first (after the commit it starts from, if it has one),
  /// then branch tips.
  std::vector<AuditCommit> Commits;
  size_t LineCount = 0; ///< Commits on the first-parent line.
  std::vector<ArchHistory> Arches;
  std::vector<std::string> Warnings;
  unsigned Analyzed = 0, FromCache = 0;
};

/// Prints \p A as text or JSON and returns the exit status.
int reportHistory(const Audit &A, bool Json, llvm::raw_ostream &Out,
                  llvm::raw_ostream &Err);

} // namespace pcbcheck

#endif
