//===- Cocci.h - The Coccinelle engine: spatch over one file ----*- C++ -*-===//
//
// The same bug class as mdthread.PcbFpuFlags and mdthread.PcbFpuState,
// found by spatch with the semantic patch generated for the file
// (CocciPatch.h), and reported in the clang engine's form.
//
//===----------------------------------------------------------------------===//

#ifndef PCBCHECK_COCCI_H
#define PCBCHECK_COCCI_H

#include "Analysis.h"
#include "CocciPatch.h"
#include "Rules.h"

#include "llvm/Support/Error.h"

#include <map>
#include <string>
#include <vector>

namespace pcbcheck {

/// What the Coccinelle engine passes on of \p Probed for \p Rule: the
/// main file's macros that contain each flag of \p Own or lack it, and
/// the field_resets entries the file's pcb has.
CocciFacts cocciFacts(const ArchRule &Rule,
                      const std::vector<std::string> &Own,
                      const MacroFacts &Probed);

/// What one run of the Coccinelle engine over a file asks.
struct CocciRequest {
  /// The file's text as clang read it (the index's with --staged).
  std::string Text;
  /// The rule's ownership and new-thread flags the file defines.
  std::vector<std::string> Own, FixFlags;
  CocciFacts Facts;   ///< The rest clang knows of the file.
  /// The file's #if branches clang skipped (MacroFacts::Skipped).
  std::vector<std::pair<unsigned, unsigned>> Skipped;
  bool CheckFork = false;
  bool Resets = false; ///< mdthread.PcbFpuState too.
  bool Fix = false;    ///< The fixes spatch's patch mode writes too.
};

/// Runs spatch with \p Rule over \p File and appends its findings, in
/// the clang engine's form.  spatch reads the file as clang compiled it
/// (the branches skipped and the conditional directives blanked).  With
/// a fix asked for, the first finding of each check carries the edits of
/// that check's patch mode.
llvm::Error runCocci(const ArchRule &Rule, const std::string &File,
                     const std::string &Display, const CocciRequest &Asked,
                     AnalysisResults &Out);

} // namespace pcbcheck

#endif
