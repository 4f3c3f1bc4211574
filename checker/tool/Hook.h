//===- Hook.h - The git pre-commit hook -------------------------*- C++ -*-===//

#ifndef PCBCHECK_HOOK_H
#define PCBCHECK_HOOK_H

#include "Rules.h"

#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace pcbcheck {

/// Writes a pre-commit hook that runs "pcbcheck --staged" into the current
/// repository's hooks directory (core.hooksPath honoured).  A hook that is
/// not ours is kept unless \p Force.
int installHook(const char *Argv0, bool Force);

/// The staged content the hook checks, exported from the index.
class StagedTree {
public:
  StagedTree() = default;
  StagedTree(StagedTree &&Other);
  StagedTree &operator=(StagedTree &&) = delete;
  ~StagedTree();

  bool Relevant = false;          ///< The commit touches MD thread code.
  std::string SysDir;             ///< The exported sys/ tree.
  std::string DisplayDir;         ///< How findings name it ("sys", ".").
  std::vector<std::string> Arches; ///< The architectures touched.

private:
  friend llvm::Expected<StagedTree> exportStaged(const RuleSet &);
  std::string TempDir;
};

/// Looks at the staged paths; when MD thread code (or its pcb.h or FPU
/// file) is among them, exports the index's version of that sys/ tree.
llvm::Expected<StagedTree> exportStaged(const RuleSet &Rules);

} // namespace pcbcheck

#endif
