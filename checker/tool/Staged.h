//===- Staged.h - What the pre-commit hook checks ---------------*- C++ -*-===//
//
// pcbcheck --staged checks the index, written as a git tree (what the
// commit will hold, kernel config and generators' inputs included), when
// the commit touches MD thread code or anything an earlier check of it
// read: the dependency list each check leaves in the git directory.
//
//===----------------------------------------------------------------------===//

#ifndef PCBCHECK_STAGED_H
#define PCBCHECK_STAGED_H

#include "Git.h"
#include "Rules.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace pcbcheck {

/// Per architecture: the repository paths its last staged check read or
/// looked for.
using StagedDependencies = std::map<std::string, std::set<std::string>>;

/// The staged tree to check, and why.
struct StagedTree {
  bool Relevant = false;           ///< The commit touches MD thread code.
  std::string Top;                 ///< The repository's top directory.
  std::string SysDir;              ///< The sys/ tree, absolute.
  std::string DisplayDir;          ///< How findings name it ("sys", ".").
  std::vector<std::string> Arches; ///< The architectures to check.
  std::string TreeId;              ///< The index, as a tree.
  std::unique_ptr<GitObjects> Git; ///< Reads it.
  StagedDependencies Read;         ///< What the checks of it read.
};

/// The dependency record's name in the git directory.
inline constexpr char StagedRecordName[] = "pcbcheck-dependencies";

/// Looks at the staged paths, or at the \p Named ones (the pre-commit
/// framework passes them, every file under --all-files), and says which
/// architectures of the index's sys/ tree to check: those whose MD thread
/// code, pcb.h, FPU file or kernel config is among them, those an earlier
/// check recorded a dependency of among them, and those never checked.
llvm::Expected<StagedTree> stagedTree(const RuleSet &Rules,
                                      llvm::ArrayRef<std::string> Named = {});

/// Records what the check of each architecture of \p Deps read, for the
/// next commit; the others' records are kept.  A record that cannot be
/// written is an error the caller reports (the next commit then checks
/// every architecture again).
llvm::Error saveStagedDependencies(llvm::StringRef Top,
                                   const StagedDependencies &Deps);

/// The files \p Tree's checks read whose working-tree copy is not what is
/// staged, relative to the top.
llvm::Expected<std::vector<std::string>>
unstagedChanges(const StagedTree &Tree);

} // namespace pcbcheck

#endif
