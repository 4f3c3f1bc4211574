//===- Hook.h - The git pre-commit hook -------------------------*- C++ -*-===//

#ifndef PCBCHECK_HOOK_H
#define PCBCHECK_HOOK_H

#include "Rules.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"

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

} // namespace pcbcheck

#endif
