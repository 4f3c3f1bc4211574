//===- SysTree.h - Find and prepare a FreeBSD sys/ tree's MD code -*- C++ -*-//

#ifndef PCBCHECK_SYSTREE_H
#define PCBCHECK_SYSTREE_H

#include "Rules.h"

#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace pcbcheck {

/// One MD file of a sys/ tree and the command line that builds it.
struct SysJob {
  std::string Arch;
  std::string File;    ///< As the user's path spells it.
  std::string Display; ///< How findings name it.
  std::vector<std::string> Args;
};

/// A sys/ tree's MD thread code, ready to analyze without a kernel build:
/// what config(8) and the build would provide (machine/ links, empty
/// opt_*.h files) lives in a temporary directory removed with the plan.
class SysTreePlan {
public:
  SysTreePlan() = default;
  SysTreePlan(SysTreePlan &&Other);
  SysTreePlan &operator=(SysTreePlan &&) = delete;
  ~SysTreePlan();

  std::vector<SysJob> Jobs;
  /// Things missing from the tree, each a full sentence naming a path.
  std::vector<std::string> Problems;

private:
  friend llvm::Expected<SysTreePlan>
  planSysTree(llvm::StringRef, const RuleSet &, llvm::StringRef,
              const std::vector<std::string> &, llvm::StringRef);
  std::string TempDir;
};

/// \p DisplayDir, when given, replaces \p Dir in the names findings use
/// (the pre-commit hook analyzes a copy of the index).  \p Arches, when
/// not empty, limits the plan to those architectures.
/// \p EnvDir, when given, keeps the synthesized environment there instead
/// of in a temporary directory (for --write-build).
llvm::Expected<SysTreePlan>
planSysTree(llvm::StringRef Dir, const RuleSet &Rules,
            llvm::StringRef DisplayDir = "",
            const std::vector<std::string> &Arches = {},
            llvm::StringRef EnvDir = "");

/// The sys/ prefix and architecture of a path that is MD thread code or
/// what it depends on (rules' sources, pcb.h, fpu_files), if it is.
struct WatchedPath {
  std::string SysPrefix; ///< "" or "sys/", "src/sys/", ...
  std::string Arch;
};
std::optional<WatchedPath> watchedPath(llvm::StringRef Path,
                                       const RuleSet &Rules);

} // namespace pcbcheck

#endif
