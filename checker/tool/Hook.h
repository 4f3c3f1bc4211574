//===- Hook.h - The git pre-commit hook -------------------------*- C++ -*-===//

#ifndef PCBCHECK_HOOK_H
#define PCBCHECK_HOOK_H

#include "Rules.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"

#include <map>
#include <string>
#include <vector>

namespace pcbcheck {

/// Writes a pre-commit hook that runs "pcbcheck --staged" into the current
/// repository's hooks directory (core.hooksPath honoured).  A hook that is
/// not ours is kept unless \p Force, and then saved beside it.  Without
/// pcbcheck, the hook still lets through commits that touch none of the
/// paths \p Rules watch.
int installHook(const char *Argv0, bool Force, const RuleSet &Rules,
                llvm::ArrayRef<std::string> StagedArgs = {});

/// The staged content the hook checks: the working tree's sys/, with the
/// index's version of every file it reads that differs laid over it.
struct StagedTree {
  bool Relevant = false;           ///< The commit touches MD thread code.
  std::string Top;                 ///< The repository's top directory.
  std::string SysDir;              ///< The sys/ tree in the working tree.
  std::string DisplayDir;          ///< How findings name it ("sys", ".").
  std::vector<std::string> Arches; ///< The architectures touched.
  std::map<std::string, std::string> Overlays; ///< Absolute path -> staged.
};

/// Looks at the staged paths, or at the \p Named ones (the pre-commit
/// framework passes them, every file under --all-files); when MD thread
/// code (or its pcb.h or FPU file) is among them, says which sys/ tree and
/// arches to analyze.
llvm::Expected<StagedTree> stagedTree(const RuleSet &Rules,
                                      llvm::ArrayRef<std::string> Named = {});

/// The index's text of each of \p Files (absolute) whose working copy
/// differs from it.  Asks git about those files only, so the cost does
/// not grow with the tree.
llvm::Expected<std::map<std::string, std::string>>
stagedVersions(llvm::StringRef Top, const std::vector<std::string> &Files);

} // namespace pcbcheck

#endif
