//===- Hook.h - The git pre-commit hook -------------------------*- C++ -*-===//

#ifndef PCBCHECK_HOOK_H
#define PCBCHECK_HOOK_H

#include "Rules.h"

#include "llvm/Support/Error.h"

#include <map>
#include <string>
#include <vector>

namespace pcbcheck {

/// Writes a pre-commit hook that runs "pcbcheck --staged" into the current
/// repository's hooks directory (core.hooksPath honoured).  A hook that is
/// not ours is kept unless \p Force.
int installHook(const char *Argv0, bool Force);

/// The staged content the hook checks: the working tree's sys/, with the
/// index's version of every file that differs from it laid over it.
struct StagedTree {
  bool Relevant = false;           ///< The commit touches MD thread code.
  std::string SysDir;              ///< The sys/ tree in the working tree.
  std::string DisplayDir;          ///< How findings name it ("sys", ".").
  std::vector<std::string> Arches; ///< The architectures touched.
  std::map<std::string, std::string> Overlays; ///< Absolute path -> staged.
};

/// Looks at the staged paths; when MD thread code (or its pcb.h or FPU
/// file) is among them, says what to analyze for the staged content.
llvm::Expected<StagedTree> stagedTree(const RuleSet &Rules);

} // namespace pcbcheck

#endif
