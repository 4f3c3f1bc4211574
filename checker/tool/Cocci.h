//===- Cocci.h - The Coccinelle engine: rules/ as semantic patches -*- C++ -*-//
//
// The same bug class as mdthread.PcbFpuFlags, as Coccinelle semantic
// patches generated from the same rules (cocci/*.cocci are this
// generator's output, checked by a test), and run by pcbcheck
// --engine=cocci over the same inputs.
//
//===----------------------------------------------------------------------===//

#ifndef PCBCHECK_COCCI_H
#define PCBCHECK_COCCI_H

#include "Analysis.h"
#include "Rules.h"

#include "llvm/Support/Error.h"

#include <map>
#include <string>
#include <vector>

namespace pcbcheck {

/// The semantic patch for \p Rule, in Linux's scripts/coccinelle style
/// (report, patch, context and org modes; -D check_fork adds cpu_fork).
/// \p FixFlags is the mask the patch mode writes for new threads,
/// \p OwnFlags the ownership flags it requires cleared.
std::string semanticPatch(const ArchRule &Rule,
                          const std::vector<std::string> &FixFlags,
                          const std::vector<std::string> &OwnFlags);

/// The file name of \p Rule's rules and semantic patch, without its
/// extension: "arm64", "linux-arm64".
std::string ruleFileName(const ArchRule &Rule);

/// Runs spatch with \p Rule over \p File and appends its findings, in
/// the clang engine's form.  \p Own and \p FixFlags are the rule's
/// ownership and new-thread flags the translation unit defines (clang's
/// preprocessor says which: spatch reads no headers).  With \p Fix, each
/// finding also carries the edit spatch's patch mode makes.  spatch takes
/// the #ifdef branches \p Conditionals says clang took.
llvm::Error runCocci(const ArchRule &Rule, const std::string &File,
                     const std::string &Display,
                     const std::vector<std::string> &Own,
                     const std::vector<std::string> &FixFlags,
                     const std::map<std::string, bool> &Conditionals,
                     bool CheckFork, bool Fix, AnalysisResults &Out);

} // namespace pcbcheck

#endif
